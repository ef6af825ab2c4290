import type { ReactNode } from "react";
import { Checkbox, CheckboxGroup, Label } from "react-aria-components";
import { SelectField } from "../../components/select-field.tsx";
import { TextField } from "../../components/text-field.tsx";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import { PartnerPicker } from "../partners/partner-picker.tsx";
import { CONTACT_TABS, type ContactForm, roleLabelOf, serviceChoices, surveyGaps, takesPartner } from "./contacts.ts";
import checkbox from "../../components/checkbox.module.css";
import styles from "./contacts-section.module.css";

type Tick = { label: ReactNode; isSelected: boolean; onChange: (value: boolean) => void; error?: string | undefined };

function Tick({ label, isSelected, onChange, error }: Tick) {
  return (
    <div>
      <Checkbox className={checkbox.checkbox} isSelected={isSelected} onChange={onChange} isInvalid={Boolean(error)}>
        <span aria-hidden="true" className={checkbox.checkMark} />
        {label}
      </Checkbox>
      {error && <p className={styles.error}>{error}</p>}
    </div>
  );
}

type ContactFieldsProps = {
  form: ContactForm;
  set: (patch: Partial<ContactForm>) => void;
  errors: Record<string, string>;
  isNew: boolean;
  tenantServices: readonly { code: string; label: string }[];
};

/** The contact's fields; the survey fields show once Survey eligible is ticked, with what is still missing. */
export function ContactFields({ form, set, errors, isNew, tenantServices }: ContactFieldsProps) {
  const services = serviceChoices(tenantServices, useCatalog("services"), form.servicesDeployed);
  const gaps = Object.values(surveyGaps(form));
  const customer = form.type === "customer";

  return (
    <>
      <SelectField
        label="Type"
        options={CONTACT_TABS.map((tab) => ({ value: tab.type, label: tab.label }))}
        value={form.type}
        onChange={(type) => type && set({ type: type as ContactForm["type"] })}
      />
      {errors.type && <p className={styles.error}>{errors.type}</p>}
      <TextField label="Name" value={form.name} onChange={(name) => set({ name })} error={errors.name} isRequired />
      <div className={styles.pairRow}>
        <TextField label="E-mail" type="email" value={form.email} onChange={(email) => set({ email })} error={errors.email} />
        <TextField label="Phone" type="tel" value={form.phone} onChange={(phone) => set({ phone })} error={errors.phone} />
      </div>
      <TextField
        label={roleLabelOf(form.type)}
        description={form.type === "microsoft" ? "ATS, SSP, PDM, PSE, CSM, … A PDM or PSE looks after one partner." : undefined}
        value={form.role}
        onChange={(role) => set({ role })}
        error={errors.role}
      />
      <TextField
        label="Country"
        description="Two letters, e.g. DE; referrals prefer partners there"
        value={form.country}
        onChange={(country) => set({ country })}
        error={errors.country}
      />
      {takesPartner(form) && <PartnerPicker label="Partner organisation" partner={form.partner} onChange={(partner) => set({ partner })} error={errors.partnerId} />}
      <Tick label="Is engaged" isSelected={form.isEngaged} onChange={(isEngaged) => set({ isEngaged })} error={errors.isEngaged} />
      {customer && (
        <>
          <Tick label="Do not call" isSelected={form.doNotCall} onChange={(doNotCall) => set({ doNotCall })} error={errors.doNotCall} />
          {form.doNotCall && (
            <TextField label="Why not to call" value={form.doNotCallReason} onChange={(doNotCallReason) => set({ doNotCallReason })} error={errors.doNotCallReason} isRequired />
          )}
        </>
      )}
      <Tick label="Survey eligible" isSelected={form.surveyEligible} onChange={(surveyEligible) => set({ surveyEligible })} error={errors.surveyEligible} />
      {form.surveyEligible && (
        <>
          <div className={styles.hint} role="status" aria-live="polite">
            {gaps.length === 0 ? (
              "Ready for the survey: engaged, with an e-mail, a country, a language and a service."
            ) : (
              <>
                A survey-eligible contact still needs:
                <ul>
                  {gaps.map((gap) => (
                    <li key={gap}>{gap}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <TextField label="Survey language" description="e.g. en, de, fr" value={form.surveyLanguage} onChange={(surveyLanguage) => set({ surveyLanguage })} error={errors.surveyLanguage} />
          <CheckboxGroup className={styles.group} value={form.servicesDeployed} onChange={(servicesDeployed) => set({ servicesDeployed })} isInvalid={Boolean(errors.servicesDeployed)}>
            <Label className={styles.groupLabel}>Services deployed or migrated</Label>
            <div className={styles.choices}>
              {services.map((service) => (
                <Checkbox key={service.code} value={service.code} className={checkbox.checkbox}>
                  <span aria-hidden="true" className={checkbox.checkMark} />
                  {service.label}
                </Checkbox>
              ))}
            </div>
            {errors.servicesDeployed && <p className={styles.error}>{errors.servicesDeployed}</p>}
          </CheckboxGroup>
        </>
      )}
      {isNew && (
        <Tick
          label="Record for the whole customer (every tenant of this TPID)"
          isSelected={form.wholeCustomer}
          onChange={(wholeCustomer) => set({ wholeCustomer })}
          error={errors.wholeCustomer}
        />
      )}
    </>
  );
}
