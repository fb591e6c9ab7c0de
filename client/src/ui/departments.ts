type Responsible = { departments: { name: string }[]; departmentsNote?: string | null };

/** 担当課 as the plan writes them: 「商工課、魅力推進課」, 「各課等」, 「政策企画課ほか」. */
export function departmentsText({ departments, departmentsNote }: Responsible): string {
  return departments.map((d) => d.name).join('、') + (departmentsNote ?? '');
}
