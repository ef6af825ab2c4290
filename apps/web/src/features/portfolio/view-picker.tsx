import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { Checkbox, Dialog, Heading, Menu, MenuItem, MenuTrigger, Modal, ModalOverlay, Popover, Button as AriaButton } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import checkbox from "../../components/checkbox.module.css";
import dialog from "../../components/dialog.module.css";
import field from "../../components/field.module.css";
import { SelectField } from "../../components/select-field.tsx";
import { TextField } from "../../components/text-field.tsx";
import { ApiError, problemOf } from "../../lib/api.ts";
import { savedViewsQuery, useSavedViewMutations } from "./portfolio-queries.ts";
import { portfolioQuery, type PortfolioState } from "./portfolio-state.ts";
import type { PortfolioDisplay, SavedView } from "./portfolio-types.ts";
import { isViewChanged, viewChoices } from "./saved-views.ts";
import styles from "./portfolio-toolbar.module.css";

type ViewPickerProps = {
  displays: readonly PortfolioDisplay[];
  state: PortfolioState;
  viewId: string | undefined;
  onOpenView: (view: SavedView) => void;
  onOpenDisplay: (code: string) => void;
  onSaved: (view: SavedView) => void;
};

/** Built-in displays and saved views; an edited view shows a dot with Save, Save as new and Reset. */
export function ViewPicker({ displays, state, viewId, onOpenView, onOpenDisplay, onSaved }: ViewPickerProps) {
  const queryClient = useQueryClient();
  const views = useQuery(savedViewsQuery).data?.items ?? [];
  const { update, remove } = useSavedViewMutations();
  const [saveAsOpen, setSaveAsOpen] = useState(false);
  const [problem, setProblem] = useState<{ text: string; stale: boolean } | null>(null);
  const view = views.find((candidate) => candidate.id === viewId);
  const mine = view?.mine === true;
  const changed = view !== undefined && isViewChanged(view, state);
  const choices = viewChoices(displays, views);
  const current = view ? `view:${view.id}` : `display:${state.display ?? displays[0]?.code ?? ""}`;

  const fail = (error: unknown) =>
    setProblem(
      error instanceof ApiError && error.status === 409
        ? { text: "This view was changed somewhere else since you opened it.", stale: true }
        : { text: problemOf(error).detail, stale: false },
    );

  const choose = (value: string | undefined) => {
    setProblem(null);
    if (value?.startsWith("display:")) onOpenDisplay(value.slice("display:".length));
    const chosen = views.find((candidate) => `view:${candidate.id}` === value);
    if (chosen) onOpenView(chosen);
  };

  const save = () => {
    if (!view) return;
    update.mutate({ id: view.id, version: view.version, query: portfolioQuery(state) }, { onSuccess: (saved) => (setProblem(null), onSaved(saved)), onError: fail });
  };

  const onMenu = (action: string) => {
    if (!view) return;
    if (action === "default") update.mutate({ id: view.id, version: view.version, isDefault: !view.isDefault }, { onError: fail });
    if (action === "share") update.mutate({ id: view.id, version: view.version, shared: !view.shared }, { onError: fail });
    if (action === "delete") remove.mutate(view, { onSuccess: () => onOpenDisplay(state.display ?? displays[0]?.code ?? ""), onError: fail });
  };

  return (
    <div className={styles.viewPicker}>
      <SelectField label="View" options={choices.map((choice) => ({ value: choice.value, label: choice.group === "Displays" ? choice.label : `${choice.group === "My views" ? "★" : "⇆"} ${choice.label}` }))} value={current} onChange={choose} />
      {changed && (
        <span className={styles.changed}>
          <span aria-hidden="true" className={styles.dot} />
          Changed
        </span>
      )}
      {changed && mine && (
        <Button size="small" variant="primary" onPress={save} isDisabled={update.isPending}>
          Save
        </Button>
      )}
      {changed && (
        <Button size="small" variant="quiet" onPress={() => onOpenView(view)}>
          Reset
        </Button>
      )}
      {(changed || !view) && (
        <Button size="small" onPress={() => setSaveAsOpen(true)}>
          {view ? "Save as new…" : "Save view…"}
        </Button>
      )}
      {view && mine && (
        <MenuTrigger>
          <AriaButton className={`${field.trigger} ${styles.viewMenu}`} aria-label={`More for view ${view.name}`}>
            ⋯
          </AriaButton>
          <Popover className={field.popover} placement="bottom end" offset={4}>
            <Menu className={field.listbox} onAction={(key) => onMenu(String(key))}>
              <MenuItem id="default" className={field.option}>
                {view.isDefault ? "Stop opening this view by default" : "Open this view by default"}
              </MenuItem>
              <MenuItem id="share" className={field.option}>
                {view.shared ? "Stop sharing" : "Share with everyone"}
              </MenuItem>
              <MenuItem id="delete" className={field.option}>
                Delete view
              </MenuItem>
            </Menu>
          </Popover>
        </MenuTrigger>
      )}
      {problem && (
        <span role="alert" className={styles.viewProblem}>
          {problem.text}
          {problem.stale && (
            <Button
              size="small"
              variant="quiet"
              onPress={() => {
                setProblem(null);
                void queryClient.invalidateQueries({ queryKey: savedViewsQuery.queryKey });
              }}
            >
              Reload views
            </Button>
          )}
        </span>
      )}
      <SaveAsDialog isOpen={saveAsOpen} onClose={() => setSaveAsOpen(false)} state={state} onSaved={onSaved} suggested={view ? `${view.name} (copy)` : ""} />
    </div>
  );
}

type SaveAsProps = { isOpen: boolean; onClose: () => void; state: PortfolioState; onSaved: (view: SavedView) => void; suggested: string };

function SaveAsDialog({ isOpen, onClose, state, onSaved, suggested }: SaveAsProps) {
  const { create } = useSavedViewMutations();
  const [name, setName] = useState(suggested);
  const [shared, setShared] = useState(false);
  const [isDefault, setDefault] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (isOpen) setName(suggested);
  }, [isOpen, suggested]);

  const close = () => {
    setName(suggested);
    setError(undefined);
    create.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "") return setError("Give the view a name.");
    create.mutate(
      { name: name.trim(), query: portfolioQuery(state), shared, isDefault },
      {
        onSuccess: (view) => {
          onSaved(view);
          close();
        },
        onError: (failure) => {
          const problem = problemOf(failure);
          setError(problem.errors?.find((entry) => entry.path.includes("name"))?.message ?? problem.detail);
        },
      },
    );
  };

  return (
    <ModalOverlay className={dialog.overlay} isOpen={isOpen} onOpenChange={(open) => open || close()} isDismissable>
      <Modal className={`${dialog.modal} ${styles.saveModal}`}>
        <Dialog className={dialog.dialog}>
          <form className={styles.saveForm} onSubmit={submit} noValidate>
            <Heading slot="title" className={dialog.title}>
              Save view
            </Heading>
            <p className={dialog.intro}>Saves the scope, priority, display, columns, search, filters and sort shown now.</p>
            <TextField label="Name" value={name} onChange={(next) => (setName(next), setError(undefined))} error={error} autoFocus />
            <Checkbox className={checkbox.checkbox} isSelected={shared} onChange={setShared}>
              <span aria-hidden="true" className={checkbox.checkMark} />
              Share with everyone (read-only for others)
            </Checkbox>
            <Checkbox className={checkbox.checkbox} isSelected={isDefault} onChange={setDefault}>
              <span aria-hidden="true" className={checkbox.checkMark} />
              Open it when I open the portfolio
            </Checkbox>
            <div className={styles.formActions}>
              <Button onPress={close}>Cancel</Button>
              <Button type="submit" variant="primary" isDisabled={create.isPending}>
                {create.isPending ? "Saving…" : "Save view"}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
