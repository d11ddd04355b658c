/** The element id of the "Nyttokalkyl" section on the initiative page, for links to it (e.g. from "Ärendets gång"). */
export const BENEFIT_CALCULATION_SECTION_ID = 'nyttokalkyl';
