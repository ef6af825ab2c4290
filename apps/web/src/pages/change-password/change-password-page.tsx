import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { AuthCard, authStyles } from "../../components/auth-card.tsx";
import { Button } from "../../components/button.tsx";
import { TextField } from "../../components/text-field.tsx";
import { takeJustUsedPassword, useChangePassword, useCurrentUser } from "../../features/session/session-queries.ts";
import { problemOf } from "../../lib/api.ts";
import { fieldErrors } from "../../lib/field-errors.ts";

const MIN_LENGTH = 12;

type Errors = { currentPassword?: string; newPassword?: string; confirmPassword?: string };

export function ChangePasswordPage() {
  const { redirect } = useSearch({ from: "/change-password" });
  const navigate = useNavigate();
  const user = useCurrentUser();
  const change = useChangePassword();
  const forced = user?.mustChangePassword ?? false;
  // Captured once: the password typed on the sign-in screen a moment ago, so it is not asked for twice.
  const [knownCurrent] = useState(() => (forced ? takeJustUsedPassword() : null));
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [confirmPassword, setConfirmPassword] = useState("");
  const [errors, setErrors] = useState<Errors>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const current = knownCurrent ?? currentPassword;
    const next: Errors = {};
    if (!current) next.currentPassword = "Enter your current password.";
    if (newPassword.length < MIN_LENGTH) next.newPassword = `Choose at least ${MIN_LENGTH} characters.`;
    else if (newPassword === current) next.newPassword = "Choose a password different from the current one.";
    if (confirmPassword !== newPassword) next.confirmPassword = "The two new passwords do not match.";
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    change.mutate(
      { currentPassword: current, newPassword },
      {
        onSuccess: (user) => {
          if (user) void navigate({ href: redirect ?? "/", replace: true });
          else void navigate({ to: "/sign-in", search: { notice: "password-changed", ...(redirect ? { redirect } : {}) } });
        },
      },
    );
  };

  const problem = change.error ? problemOf(change.error) : null;
  const server = fieldErrors(problem);
  const intro = forced
    ? "Your account was created with a one-time password. Choose your own password to continue."
    : "Choose a new password for your account.";

  return (
    <AuthCard title="Choose a new password" intro={intro} focusHeading>
      <form className={authStyles.form} onSubmit={submit} noValidate>
        {/* Lets password managers tie the new password to the right account. */}
        <input type="text" name="username" autoComplete="username" value={user?.username ?? ""} readOnly hidden />
        {knownCurrent === null && (
          <TextField
            label="Current password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={setCurrentPassword}
            error={errors.currentPassword ?? server.currentPassword}
          />
        )}
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          description={`At least ${MIN_LENGTH} characters. A short sentence is easy to remember.`}
          value={newPassword}
          onChange={setNewPassword}
          error={errors.newPassword ?? server.newPassword}
        />
        <TextField
          label="Confirm new password"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          value={confirmPassword}
          onChange={setConfirmPassword}
          error={errors.confirmPassword}
        />
        {problem && (
          <div role="alert" className={authStyles.alert}>
            {problem.detail || problem.title}
          </div>
        )}
        <Button type="submit" variant="primary" isDisabled={change.isPending}>
          {change.isPending ? "Saving…" : "Save password and continue"}
        </Button>
        {!forced && <Link to="/my-work">Cancel</Link>}
      </form>
    </AuthCard>
  );
}
