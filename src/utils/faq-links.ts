/** Pages of this site that FAQ answers refer to, shown after the answer (the answer text itself is left as published). */
export const FAQ_RELATED: Record<number, Array<{ label: string; href: string }>> = {
  16: [
    { label: 'Toolkit 3.12: Service user representation at key meetings and forums', href: '/toolkit/getting-established/representation-at-meetings/' },
    { label: 'Toolkit 4.7: Representation', href: '/toolkit/consolidating/representation/' },
    { label: 'Toolkit 4.15: Working with the Local Maternity System (LMS)', href: '/toolkit/consolidating/working-with-the-lms/' },
  ],
  17: [
    { label: 'Toolkit 4.3: Annual workplan', href: '/toolkit/consolidating/annual-workplan/' },
    { label: 'Toolkit 4.7: Representation', href: '/toolkit/consolidating/representation/' },
    { label: 'Toolkit 3.12: Service user representation at key meetings and forums', href: '/toolkit/getting-established/representation-at-meetings/' },
    { label: 'Annual workplan template, with starter rows from this answer', href: '/templates/workplan/' },
  ],
  5: [
    { label: 'Budget template: build an MVP budget and download it as Word, Excel or CSV', href: '/templates/budget/' },
    { label: 'Toolkit 2.4: Providing a budget for the MVP', href: '/toolkit/setting-up/budget/' },
    { label: 'Toolkit 4.20: Budget', href: '/toolkit/consolidating/budget/' },
  ],
  10: [
    { label: 'Budget template: build an MVP budget and download it as Word, Excel or CSV', href: '/templates/budget/' },
    { label: 'Toolkit 2.5: Paying remuneration and expenses to service users', href: '/toolkit/setting-up/paying-remuneration-and-expenses/' },
  ],
  9: [
    { label: 'Role description template: MNVP Lead', href: '/templates/mnvp-lead-role-description/' },
    { label: 'Role description template: LMNS service user voice lead', href: '/templates/lmns-service-user-voice-lead-role-description/' },
  ],
  11: [
    { label: 'Role description template: MNVP Lead (Band 8a)', href: '/templates/mnvp-lead-role-description/' },
    { label: 'Role description template: Chair', href: '/templates/chair-role-description/' },
    { label: 'All fill-in templates', href: '/templates/' },
  ],
  12: [
    { label: 'Safety Action 7: every evidence requirement the toolkit and this FAQ quote, and the templates that help', href: '/safety-action-7/' },
    { label: 'Toolkit 4.19: Governance', href: '/toolkit/consolidating/governance/' },
    { label: 'Toolkit 4.3: Annual workplan', href: '/toolkit/consolidating/annual-workplan/' },
    { label: 'Terms of reference template', href: '/templates/terms-of-reference/' },
    { label: 'Annual workplan template, with dates of agreement and ratification', href: '/templates/workplan/' },
    { label: 'Annual report template', href: '/templates/annual-report/' },
  ],
  13: [{ label: 'Social media guidelines template: who runs the accounts and keeping them independent', href: '/templates/social-media-guidelines/' }],
};
