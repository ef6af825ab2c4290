import { useLocation, useNavigate, useSearch } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { AuthCard, authStyles } from "../../components/auth-card.tsx";
import { Button } from "../../components/button.tsx";
import { TextField } from "../../components/text-field.tsx";
import { useSignIn } from "../../features/session/session-queries.ts";
import { problemOf } from "../../lib/api.ts";
import { fieldErrors } from "../../lib/field-errors.ts";
import { stringParam } from "../../lib/search-params.ts";
import styles from "./sign-in-page.module.css";
import { singleSignOnHref, useSingleSignOnLabel } from "./sign-in-providers.ts";

const NOTICES = {
  "signed-out": "You have signed out.",
  expired: "Your session has ended. Sign in to continue where you were.",
  "password-changed": "Your password has been changed. Sign in with the new password.",
} as const;

export type SignInNotice = keyof typeof NOTICES;
export const SIGN_IN_NOTICES = Object.keys(NOTICES) as SignInNotice[];

export function SignInPage() {
  const { redirect, notice } = useSearch({ from: "/sign-in" });
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const singleSignOn = useSingleSignOnLabel();
  // Set by the server when single sign-on ends back here; read raw, as the route's search schema keeps only its own keys.
  const ssoError = useLocation({ select: (location) => stringParam((location.search as Record<string, unknown>).error, 300) });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = {
      ...(username.trim() ? {} : { username: "Enter your username." }),
      ...(password ? {} : { password: "Enter your password." }),
    };
    setMissing(next);
    if (next.username || next.password) return;
    signIn.mutate(
      { username: username.trim(), password },
      {
        onSuccess: ({ user }) => {
          if (user.mustChangePassword) void navigate({ to: "/change-password", search: redirect ? { redirect } : {} });
          else void navigate({ href: redirect ?? "/", replace: true });
        },
      },
    );
  };

  const problem = signIn.error ? problemOf(signIn.error) : null;
  const serverFieldErrors = fieldErrors(problem);

  return (
    <AuthCard title="Sign in">
      {notice && !problem && (
        <div role="status" className={authStyles.notice}>
          {NOTICES[notice]}
        </div>
      )}
      <form className={authStyles.form} onSubmit={submit} noValidate>
        <TextField
          label="Username"
          name="username"
          autoComplete="username"
          autoFocus
          value={username}
          onChange={setUsername}
          error={missing.username ?? serverFieldErrors.username}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={missing.password ?? serverFieldErrors.password}
        />
        {problem ? (
          <div role="alert" className={authStyles.alert}>
            {problem.detail || problem.title}
          </div>
        ) : (
          ssoError && (
            <div role="alert" className={authStyles.alert}>
              {ssoError}
            </div>
          )
        )}
        <Button type="submit" variant="primary" isDisabled={signIn.isPending}>
          {signIn.isPending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {singleSignOn && (
        <>
          <div className={styles.divider}>or</div>
          {/* A full page load: the server redirects on to the identity provider. */}
          <a className={styles.singleSignOn} href={singleSignOnHref(redirect ?? "/")}>
            {singleSignOn}
          </a>
        </>
      )}
    </AuthCard>
  );
}
