import type { BenefitSheetLine, CalculationSheet, CostSheetLine, YearAmount } from '@dp/domain/benefits';
import type { SeedInitiative } from './types.js';

/**
 * Demo nyttokalkyler for every application in the open round DP2027 (base year 2027, horizon 2027–2032,
 * 3 % discount rate), keyed by the application's title in `demoData`.
 *
 * The figures follow each application's requested amount, co-financing and expected effects: the
 * one-off cost in 2027 is roughly the requested amount plus the co-financing, licences are running
 * costs and the staff's own time is counted in hours (valued at monthly salary / 142 × 1.54). Benefits
 * are budget-releasing kronor (FINANCIAL), freed time in hours (REDISTRIBUTION) and non-monetised
 * quality and environment effects (RED).
 *
 * PREPARED applications have the portfolio office's reviewed calculation next to the applicant's,
 * with a complete nyttorealiseringsplan for every benefit in both. The two applications IN_PREPARATION
 * have a reviewed calculation that is still being worked on: one of them still lacks parts of the
 * plan, so the demo shows that an application cannot be marked prepared without it. The others only
 * have the applicant's calculation, with plans missing or partly filled in.
 */
export type DemoCalculation = NonNullable<SeedInitiative['calculations']>;

/** the amounts of a line from 2027 on, one value per year; years with 0 are left out */
function fromBaseYear(values: readonly number[]): YearAmount[] {
  return values.map((amount, t) => ({ year: 2027 + t, amount })).filter((a) => a.amount !== 0);
}

type LinePatch<T> = Partial<Omit<T, 'id'>>;

interface Review {
  costs?: Record<string, LinePatch<CostSheetLine>>;
  benefits?: Record<string, LinePatch<BenefitSheetLine>>;
  /** lines the portfolio office adds, e.g. förvaltningskostnad */
  addedCosts?: CostSheetLine[];
}

/** The portfolio office's reviewed calculation: the applicant's lines with the changes applied. */
function reviewOf(applicant: CalculationSheet, review: Review): CalculationSheet {
  const check = (lines: { id: string }[], patches: Record<string, unknown> | undefined) => {
    for (const id of Object.keys(patches ?? {})) {
      if (!lines.some((l) => l.id === id)) throw new Error(`reviewed calculation changes line ${id}, which the applicant's does not have`);
    }
  };
  check(applicant.costs, review.costs);
  check(applicant.benefits, review.benefits);
  return {
    costs: [...applicant.costs.map((l) => ({ ...l, ...review.costs?.[l.id] })), ...(review.addedCosts ?? [])],
    benefits: applicant.benefits.map((l) => ({ ...l, ...review.benefits?.[l.id] })),
  };
}

// ── AI-stöd i kontaktcenter (PREPARED) ─────────────────────────────────────────────────────────

const kontaktcenter: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Upphandling, införande och integration av AI-chatt',
      explanation:
        'Sökt belopp 1 420 000 kr och medfinansiering 300 000 kr: upphandling, uppbyggnad av kunskapsbasen, integration med ärendesystemet för överlämning och projektledning.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([1_720_000]),
    },
    {
      id: 'k2',
      label: 'Licens för chattplattform och språkmodell',
      explanation: 'Enligt leverantörens prisuppgift, cirka 450 000 kr per år vid fullt nyttjande. Under 2027 betalas licensen från driftstarten i maj.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([300_000, 450_000, 450_000, 450_000, 450_000, 450_000]),
    },
    {
      id: 'k3',
      label: 'Kontaktcenters tid för kunskapsbas, test och förvaltning',
      explanation:
        'Handläggarna skriver och granskar svaren i kunskapsbasen och testar chatten under 2027. Därefter cirka 400 timmar per år för att hålla kunskapsbasen aktuell. Månadslön 34 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 34_000,
      amounts: fromBaseYear([1_400, 400, 400, 400, 400, 400]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Frigjord handläggartid i kontaktcenter',
      explanation:
        '30 procent av de enkla frågorna besvaras av chatten, vilket motsvarar ungefär 6 000 timmar per år. Tiden används till mer komplexa ärenden och kortare väntetider. Halv effekt första året.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 34_000,
      amounts: fromBaseYear([0, 3_000, 6_000, 6_000, 6_000, 6_000]),
      plan: {
        owner: 'Kontaktcenterchef',
        indicator: 'Andel enkla frågor som besvaras utan handläggare',
        method: 'Chattplattformens statistik över konversationer som avslutas utan överlämning, jämförd med antalet samtal och e-postmeddelanden i ärendesystemet. Redovisas kvartalsvis.',
        unit: '%',
        baselineValue: 0,
        baselineDate: '2026-12-31',
        targetValue: 30,
        targetDate: '2029-12-31',
        followUpDates: ['2028-06-30', '2028-12-31', '2029-06-30', '2029-12-31'],
      },
    },
    {
      id: 'n2',
      label: 'Minskade kostnader för extrapersonal under högsäsong',
      explanation:
        'Kontaktcenter tar i dag in timanställda och beordrar övertid under april–augusti för cirka 620 000 kr. Med chatten behövs ungefär 250 000 kr mindre per år.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 250_000, 250_000, 250_000, 250_000, 250_000]),
      plan: {
        owner: 'Kontaktcenterchef',
        indicator: 'Kostnad för timanställda och övertid under april–augusti',
        method: 'Utfall per ansvar och konto i ekonomisystemet, jämfört med 2026 års nivå.',
        unit: 'kr',
        baselineValue: 620_000,
        baselineDate: '2026-08-31',
        targetValue: 370_000,
        targetDate: '2028-08-31',
        followUpDates: ['2028-09-30', '2029-09-30'],
      },
    },
    {
      id: 'n3',
      label: 'Kortare väntetid i telefon under högsäsong',
      explanation: 'Väntetiden i telefon halveras från i snitt elva minuter. Effekten värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
      plan: {
        owner: 'Kontaktcenterchef',
        indicator: 'Genomsnittlig väntetid i telefon under juni–augusti',
        method: 'Växelns statistik över kötid, sammanställd månadsvis.',
        unit: 'minuter',
        baselineValue: 11,
        baselineDate: '2026-08-31',
        targetValue: 5.5,
        targetDate: '2028-08-31',
        followUpDates: ['2028-08-31', '2029-08-31'],
      },
    },
  ],
};

// ── Robotiserad hantering av leverantörsfakturor (PREPARED) ────────────────────────────────────

const fakturor: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Utveckling och test av fakturarobot',
      explanation: 'Sökt belopp 780 000 kr och medfinansiering 150 000 kr: processkartläggning, utveckling av robotens regler, test mot ekonomisystemet och driftsättning.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([930_000]),
    },
    {
      id: 'k2',
      label: 'Robotlicens och drift på RPA-plattformen',
      explanation: 'IT-enhetens internpris för en robot på den befintliga RPA-plattformen, 180 000 kr per år, från driftstarten i september 2027.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([60_000, 180_000, 180_000, 180_000, 180_000, 180_000]),
    },
    {
      id: 'k3',
      label: 'Ekonomiadministratörernas tid för kartläggning, test och regelförvaltning',
      explanation: 'Cirka 600 timmar under införandet och därefter 150 timmar per år för att underhålla matchningsreglerna. Månadslön 33 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 33_000,
      amounts: fromBaseYear([600, 150, 150, 150, 150, 150]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Frigjord tid för matchning och kontering av fakturor',
      explanation:
        'Av dagens 4 500 timmar per år för rutinmässig matchning tar roboten över minst 2 500. Tiden används till analys och avtalsuppföljning. Fyra månaders effekt 2027. Månadslön 33 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 33_000,
      amounts: fromBaseYear([800, 2_500, 2_500, 2_500, 2_500, 2_500]),
      plan: {
        owner: 'Redovisningschef',
        indicator: 'Andel leverantörsfakturor som matchas och konteras utan manuell hantering',
        method: 'Robotens körlogg jämförd med antalet inkomna fakturor i e-handelssystemet, månadsvis.',
        unit: '%',
        baselineValue: 0,
        baselineDate: '2027-02-28',
        targetValue: 55,
        targetDate: '2028-12-31',
        followUpDates: ['2027-12-31', '2028-06-30', '2028-12-31'],
      },
    },
    {
      id: 'n2',
      label: 'Minskade påminnelseavgifter och dröjsmålsräntor',
      explanation: 'Kommunen betalade 2025 cirka 160 000 kr i påminnelseavgifter och dröjsmålsräntor. Snabbare hantering bedöms halvera kostnaden.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      amounts: fromBaseYear([20_000, 80_000, 80_000, 80_000, 80_000, 80_000]),
      plan: {
        owner: 'Redovisningschef',
        indicator: 'Påminnelseavgifter och dröjsmålsräntor per år',
        method: 'Utfall på kontona för påminnelseavgifter och dröjsmålsräntor i ekonomisystemet.',
        unit: 'kr',
        baselineValue: 160_000,
        baselineDate: '2026-12-31',
        targetValue: 80_000,
        targetDate: '2028-12-31',
        followUpDates: ['2028-06-30', '2028-12-31', '2029-12-31'],
      },
    },
    {
      id: 'n3',
      label: 'Löpande uppföljning av avtalstrohet',
      explanation: 'Roboten flaggar köp utanför avtal, så avtalstroheten kan följas upp löpande i stället för genom stickprov. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
      plan: {
        owner: 'Upphandlingschef',
        indicator: 'Andel av inköpsvolymen som följs upp mot avtal',
        method: 'Rapport ur e-handelssystemet över fakturor som matchats mot avtal, halvårsvis.',
        unit: '%',
        baselineValue: 10,
        baselineDate: '2026-12-31',
        targetValue: 90,
        targetDate: '2028-12-31',
        followUpDates: ['2028-06-30', '2028-12-31'],
      },
    },
  ],
};

// ── Kommungemensamt e-arkiv för långtidsbevarande (PREPARED) ────────────────────────────────────

const earkiv: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Upphandling och etablering av e-arkiv',
      explanation: 'Upphandling, installation och konfiguration av e-arkivet enligt FGS, informationssäkerhetsgranskning och projektledning.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([1_700_000]),
    },
    {
      id: 'k2',
      label: 'Leveranser från system som avvecklas',
      explanation: 'Uttag och paketering av data från de tre första systemen, varav ett levereras under 2028. Tillsammans med etableringen motsvarar det sökt belopp och medfinansiering, 2 500 000 kr.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([500_000, 300_000]),
    },
    {
      id: 'k3',
      label: 'Licens och drift för e-arkivet',
      explanation: 'Licens, lagring och drift enligt avtal, cirka 380 000 kr per år. Halvår 2027.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([200_000, 380_000, 380_000, 380_000, 380_000, 380_000]),
    },
    {
      id: 'k4',
      label: 'Arkivarier och systemförvaltare i leveransprojekten',
      explanation: 'Kommunarkivet och systemförvaltarna i de berörda förvaltningarna, cirka 1 500 timmar 2027 och 800 timmar 2028, därefter 300 timmar per år för löpande leveranser.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      amounts: fromBaseYear([1_500, 800, 300, 300, 300, 300]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Avvecklade licenser för system som bara finns kvar för arkivets skull',
      explanation:
        'Tre äldre system stängs under 2028 och sparar omkring 500 000 kr per år. Ytterligare två system beräknas kunna stängas 2030, så att hela kostnaden på 900 000 kr per år försvinner.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 250_000, 500_000, 900_000, 900_000, 900_000]),
      plan: {
        owner: 'IT-chef',
        indicator: 'Licens- och driftkostnad för system som hålls i drift enbart för arkivering',
        method: 'Fakturerade licens- och driftkostnader enligt IT-enhetens systemförteckning, årsvis.',
        unit: 'kr per år',
        baselineValue: 900_000,
        baselineDate: '2026-12-31',
        targetValue: 0,
        targetDate: '2030-12-31',
        followUpDates: ['2028-12-31', '2029-12-31', '2030-12-31'],
      },
    },
    {
      id: 'n2',
      label: 'Snabbare handläggning av begäran om äldre handlingar',
      explanation: 'Registratorer och arkivarier söker i dag i flera system och pappersarkiv. Sökbara handlingar i e-arkivet sparar cirka 400 timmar per år.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      amounts: fromBaseYear([0, 200, 400, 400, 400, 400]),
      plan: {
        owner: 'Kommunarkivarie',
        indicator: 'Genomsnittlig handläggningstid för begäran om allmän handling ur arkivet',
        method: 'Tidsregistrering i ärendesystemet för ärendetypen utlämnande ur arkiv, stickprov om 50 ärenden per halvår.',
        unit: 'dagar',
        baselineValue: 6,
        baselineDate: '2026-12-31',
        targetValue: 2,
        targetDate: '2029-06-30',
        followUpDates: ['2028-06-30', '2028-12-31', '2029-06-30'],
      },
    },
    {
      id: 'n3',
      label: 'Arkivlagen följs och allmänna handlingar bevaras',
      explanation: 'Handlingar från avvecklade system går inte förlorade och är sökbara för invånare och forskare. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
      plan: {
        owner: 'Kommunarkivarie',
        indicator: 'Antal avvecklade system vars bevarandepliktiga handlingar är levererade till e-arkivet',
        method: 'Kommunarkivets leveransförteckning, årsvis.',
        unit: 'system',
        baselineValue: 0,
        baselineDate: '2026-12-31',
        targetValue: 5,
        targetDate: '2030-12-31',
        followUpDates: ['2028-12-31', '2029-12-31', '2030-12-31'],
      },
    },
  ],
};

// ── Digital signering av avtal, beslut och protokoll (SUBMITTED) ────────────────────────────────

const signering: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Införande av signeringstjänst och integration med ärendesystemet',
      explanation: 'Sökt belopp 420 000 kr: avrop av tjänst för avancerad elektronisk underskrift, integration med ärendesystemet och e-arkivet samt utbildningsmaterial.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([420_000]),
    },
    {
      id: 'k2',
      label: 'Abonnemang och transaktionsavgifter för e-underskrift',
      explanation: 'Fast abonnemang och cirka 8 000 underskrifter per år.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([50_000, 110_000, 110_000, 110_000, 110_000, 110_000]),
    },
    {
      id: 'k3',
      label: 'Utbildning av registratorer, nämndsekreterare och chefer',
      explanation: 'Cirka 300 timmar för utbildning och nya rutiner under 2027.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      amounts: fromBaseYear([300]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Mindre tid för utskrift, skanning och internpost',
      explanation: 'Uppskattningsvis 15 minuter per signerad handling och 3 600 handlingar per år, det vill säga cirka 900 timmar.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      amounts: fromBaseYear([300, 900, 900, 900, 900, 900]),
      plan: {
        owner: 'Kanslichef',
        indicator: 'Ledtid från färdigt avtalsförslag till fullständig underskrift',
      },
    },
    {
      id: 'n2',
      label: 'Minskade kostnader för utskrifter och porto',
      explanation: '30 000 färre utskrivna sidor per år och färre rekommenderade brev.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      amounts: fromBaseYear([15_000, 45_000, 45_000, 45_000, 45_000, 45_000]),
    },
    {
      id: 'n3',
      label: 'Minskad pappersanvändning',
      explanation: 'Omkring 30 000 sidor mindre per år. Värderas inte i kronor.',
      category: 'ENVIRONMENT',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
    },
  ],
};

// ── E-tjänst för bygglov med digital inlämning av ritningar (PREPARED) ─────────────────────────

const bygglov: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Utveckling av e-tjänst och integration med bygglovssystemet',
      explanation:
        'Sökt belopp 1 150 000 kr och medfinansiering 250 000 kr: e-tjänst med kontroll av bifogade handlingar, integration via integrationsplattformen och hämtning av fastighetsuppgifter från Lantmäteriet.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([1_100_000, 300_000]),
    },
    {
      id: 'k2',
      label: 'Licens för e-tjänsteplattform och integration',
      explanation: 'Tillkommande licens i e-tjänsteplattformen och avgift för Lantmäteriets gränssnitt.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 140_000, 140_000, 140_000, 140_000, 140_000]),
    },
    {
      id: 'k3',
      label: 'Bygglovshandläggarnas medverkan i utveckling och test',
      explanation: 'Cirka 700 timmar 2027 och 300 timmar 2028. Månadslön 40 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 40_000,
      amounts: fromBaseYear([700, 300]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Ingen manuell registrering av ansökningar',
      explanation: 'Ärendet skapas direkt i ärendesystemet. Registreringen minskar med cirka 700 timmar per år när e-tjänsten används fullt ut. Månadslön 34 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 34_000,
      amounts: fromBaseYear([0, 400, 700, 700, 700, 700]),
      plan: {
        owner: 'Bygglovschef',
        indicator: 'Andel bygglovsansökningar som kommer in via e-tjänsten',
        method: 'Rapport ur bygglovssystemet över ärenden per inkommande kanal, kvartalsvis.',
        unit: '%',
        baselineValue: 45,
        baselineDate: '2026-12-31',
        targetValue: 85,
        targetDate: '2029-12-31',
        followUpDates: ['2028-06-30', '2028-12-31', '2029-12-31'],
      },
    },
    {
      id: 'n2',
      label: 'Färre kompletteringar',
      explanation: 'Andelen kompletta ansökningar ökar från 30 till 60 procent, vilket sparar cirka 1 000 handläggartimmar per år. Månadslön 40 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 40_000,
      amounts: fromBaseYear([0, 500, 1_000, 1_000, 1_000, 1_000]),
      plan: {
        owner: 'Bygglovschef',
        indicator: 'Andel ansökningar som är kompletta när de kommer in',
        method: 'Stickprov om 100 ärenden per halvår där handläggaren registrerar om kompletteringsbegäran skickats.',
        unit: '%',
        baselineValue: 30,
        baselineDate: '2026-12-31',
        targetValue: 60,
        targetDate: '2029-06-30',
        followUpDates: ['2028-06-30', '2028-12-31', '2029-06-30'],
      },
    },
    {
      id: 'n3',
      label: 'Färre avgiftsreduceringar vid överskriden handläggningstid',
      explanation: 'Enligt plan- och bygglagen sätts avgiften ned när handläggningstiden överskrids. Avdragen uppgick 2025 till cirka 260 000 kr, och kortare handläggning bedöms minska dem med 200 000 kr per år.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 100_000, 200_000, 200_000, 200_000, 200_000]),
      plan: {
        owner: 'Bygglovschef',
        indicator: 'Summa avgiftsreduceringar på grund av överskriden handläggningstid',
        method: 'Utfall ur bygglovssystemets fakturaunderlag, årsvis.',
        unit: 'kr per år',
        baselineValue: 260_000,
        baselineDate: '2026-12-31',
        targetValue: 60_000,
        targetDate: '2029-12-31',
        followUpDates: ['2028-12-31', '2029-12-31'],
      },
    },
    {
      id: 'n4',
      label: 'Kortare handläggningstid för privatpersoner och företag',
      explanation: 'Den genomsnittliga handläggningstiden kortas med två veckor. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
      plan: {
        owner: 'Bygglovschef',
        indicator: 'Genomsnittlig handläggningstid från komplett ansökan till beslut',
        method: 'Rapport ur bygglovssystemet, halvårsvis.',
        unit: 'dagar',
        baselineValue: 42,
        baselineDate: '2026-12-31',
        targetValue: 28,
        targetDate: '2029-06-30',
        followUpDates: ['2028-06-30', '2028-12-31', '2029-06-30'],
      },
    },
  ],
};

// ── Öppna geodata och miljödata (IN_PREPARATION) ────────────────────────────────────────────────

const oppnaData: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Publiceringsplattform, API och genomgång av datamängder',
      explanation: 'Sökt belopp 550 000 kr och medfinansiering 100 000 kr: datakatalog, maskinläsbart gränssnitt, automatiska uppdateringar från källsystemen och sekretessgranskning.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([650_000]),
    },
    {
      id: 'k2',
      label: 'Drift av API och datakatalog',
      explanation: 'Drift på kommunens integrationsplattform.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 90_000, 90_000, 90_000, 90_000, 90_000]),
    },
    {
      id: 'k3',
      label: 'GIS-ingenjörer och miljöinspektörer i granskning av datamängder',
      explanation: 'Cirka 500 timmar för att granska och beskriva datamängderna 2027, därefter 120 timmar per år för förvaltning. Månadslön 38 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 38_000,
      amounts: fromBaseYear([500, 120, 120, 120, 120, 120]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Färre förfrågningar om utlämnande av data',
      explanation: 'Förfrågningarna minskar med minst 70 procent av omkring 600 per år, vilket frigör omkring 400 handläggartimmar per år. Månadslön 38 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 38_000,
      amounts: fromBaseYear([0, 400, 400, 400, 400, 400]),
      plan: {
        owner: 'Samhällsbyggnadschef',
        indicator: 'Antal förfrågningar om utlämnande av geodata och miljödata per år',
      },
    },
    {
      id: 'n2',
      label: 'Bättre förutsättningar för näringsliv och forskning',
      explanation: 'Företag och forskare får direkt tillgång till offentliga data och kan utveckla tjänster. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
    },
  ],
};

// ── Digital ansökan om försörjningsstöd (PREPARED) ─────────────────────────────────────────────

const forsorjningsstod: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'E-tjänst och integration med socialtjänstens verksamhetssystem',
      explanation: 'Sökt belopp 1 200 000 kr och medfinansiering 200 000 kr: e-tjänst med e-legitimation, digital inlämning av underlag, integration via integrationsplattformen och säkerhetsgranskning.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([1_400_000]),
    },
    {
      id: 'k2',
      label: 'Licens för e-tjänsteplattform och integration',
      explanation: 'Tillkommande licenser och integrationsavgift, 160 000 kr per år från driftstarten.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([80_000, 160_000, 160_000, 160_000, 160_000, 160_000]),
    },
    {
      id: 'k3',
      label: 'Handläggarnas medverkan i utveckling, test och utbildning',
      explanation: 'Cirka 900 timmar under 2027. Månadslön 38 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 38_000,
      amounts: fromBaseYear([900]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Minskad registrering och färre begäranden om komplettering',
      explanation:
        'När 70 procent av de cirka 14 000 ansökningarna per år görs digitalt minskar registreringsarbetet med uppskattningsvis 2 000 timmar per år. Upptrappning 2027–2028. Månadslön 38 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 38_000,
      amounts: fromBaseYear([400, 1_500, 2_000, 2_000, 2_000, 2_000]),
      plan: {
        owner: 'Enhetschef ekonomiskt bistånd',
        indicator: 'Andel ansökningar om försörjningsstöd som görs digitalt',
        method: 'Rapport ur verksamhetssystemet över ansökningar per inkommande kanal, månadsvis.',
        unit: '%',
        baselineValue: 0,
        baselineDate: '2026-12-31',
        targetValue: 70,
        targetDate: '2028-12-31',
        followUpDates: ['2027-12-31', '2028-06-30', '2028-12-31'],
      },
    },
    {
      id: 'n2',
      label: 'Minskade kostnader för utskrift, porto och skanning',
      explanation: 'Färre pappersblanketter, brev och inskannade underlag.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      amounts: fromBaseYear([20_000, 60_000, 60_000, 60_000, 60_000, 60_000]),
      plan: {
        owner: 'Enhetschef ekonomiskt bistånd',
        indicator: 'Kostnad för porto, utskrifter och skanning på enheten',
        method: 'Utfall per konto i ekonomisystemet, årsvis.',
        unit: 'kr per år',
        baselineValue: 140_000,
        baselineDate: '2026-12-31',
        targetValue: 80_000,
        targetDate: '2028-12-31',
        followUpDates: ['2028-12-31', '2029-12-31'],
      },
    },
    {
      id: 'n3',
      label: 'Snabbare beslut för de sökande',
      explanation: 'Tiden från ansökan till beslut halveras och de sökande behöver inte besöka kontoret. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
      plan: {
        owner: 'Enhetschef ekonomiskt bistånd',
        indicator: 'Median antal dagar från komplett ansökan till beslut',
        method: 'Rapport ur verksamhetssystemet, kvartalsvis.',
        unit: 'dagar',
        baselineValue: 10,
        baselineDate: '2026-12-31',
        targetValue: 5,
        targetDate: '2028-12-31',
        followUpDates: ['2028-06-30', '2028-12-31'],
      },
    },
  ],
};

// ── Automatiserad handläggning av återansökningar om försörjningsstöd (AWAITING_ANCHORING) ─────

const ateransokningar: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Automatisering av kontroller och beräkning',
      explanation: 'Sökt belopp 1 650 000 kr och medfinansiering 300 000 kr: regelmotor, anslutning till SSBTEK, integration med verksamhetssystemet och rättslig granskning.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([1_200_000, 750_000]),
    },
    {
      id: 'k2',
      label: 'Licens för automatiseringsplattform',
      explanation: 'Licens och drift för regelmotorn från driftstarten 2028.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 260_000, 260_000, 260_000, 260_000, 260_000]),
    },
    {
      id: 'k3',
      label: 'Handläggare och jurist i regelarbete, test och rättssäkerhetsgranskning',
      explanation: 'Cirka 1 400 timmar under införandet och 200 timmar per år för att förvalta reglerna när normer och riksnormen ändras. Månadslön 40 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 40_000,
      amounts: fromBaseYear([400, 1_000, 200, 200, 200, 200]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Frigjord tid från manuella kontroller',
      explanation: 'Kontrollerna tar i dag cirka 25 minuter per återansökan. Automatiseringen frigör uppskattningsvis 4 000 timmar per år. Månadslön 38 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 38_000,
      amounts: fromBaseYear([0, 1_500, 4_000, 4_000, 4_000, 4_000]),
      plan: {
        owner: 'Enhetschef ekonomiskt bistånd',
        indicator: 'Andel återansökningar som kontrolleras och beräknas automatiskt',
        method: 'Rapport ur verksamhetssystemet, månadsvis.',
      },
    },
    {
      id: 'n2',
      label: 'Lägre kostnader för försörjningsstöd',
      explanation: 'Den frigjorda tiden läggs på att stötta hushållen mot egen försörjning. Om 15 hushåll per år blir självförsörjande tidigare minskar utbetalningarna med cirka 600 000 kr per år.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 0, 300_000, 600_000, 600_000, 600_000]),
      plan: { owner: 'Socialchef' },
    },
    {
      id: 'n3',
      label: 'Mer enhetliga och rättssäkra beslut',
      explanation: 'Samma regler tillämpas i alla ärenden och beräkningen går att granska i efterhand. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
    },
  ],
};

// ── Digital frånvarohantering i grundskolan (PREPARED) ─────────────────────────────────────────

const franvaro: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'E-tjänst för frånvaroanmälan och integration med skoladministrativt system',
      explanation: 'Sökt belopp 650 000 kr och medfinansiering 100 000 kr: frånvaromodul, e-tjänst med e-legitimation, hämtning av vårdnadshavare från folkbokföringen och signaler till mentorer.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([750_000]),
    },
    {
      id: 'k2',
      label: 'Licens för frånvaromodulen',
      explanation: 'Licens per elev för alla grundskolor, från driftstarten i augusti 2027.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([50_000, 120_000, 120_000, 120_000, 120_000, 120_000]),
    },
    {
      id: 'k3',
      label: 'Expeditionspersonal och rektorer i införande och nya rutiner',
      explanation: 'Cirka 800 timmar för utbildning och gemensam rutin för uppföljning av frånvaro. Månadslön 32 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 32_000,
      amounts: fromBaseYear([800]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Minskad administration på skolornas expeditioner',
      explanation: 'Ingen manuell registrering av frånvaroanmälningar, cirka 3 000 timmar per år. Effekt från höstterminen 2027. Månadslön 32 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 32_000,
      amounts: fromBaseYear([1_000, 3_000, 3_000, 3_000, 3_000, 3_000]),
      plan: {
        owner: 'Grundskolechef',
        indicator: 'Andel frånvaroanmälningar som görs i e-tjänsten',
        method: 'Rapport ur det skoladministrativa systemet per anmälningskanal, per termin.',
        unit: '%',
        baselineValue: 0,
        baselineDate: '2027-06-30',
        targetValue: 90,
        targetDate: '2028-06-30',
        followUpDates: ['2027-12-31', '2028-06-30', '2028-12-31'],
      },
    },
    {
      id: 'n2',
      label: 'Tidigare stöd till elever med ökande frånvaro',
      explanation: 'Mentorn får en signal vid oroande frånvaromönster. Målet är att den långvariga frånvaron minskar med 20 procent på tre år. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
      plan: {
        owner: 'Grundskolechef',
        indicator: 'Antal elever med mer än 15 procent frånvaro under en termin',
        method: 'Terminsvis rapport ur det skoladministrativa systemet, redovisas i kvalitetsrapporten.',
        unit: 'elever',
        baselineValue: 420,
        baselineDate: '2027-06-30',
        targetValue: 336,
        targetDate: '2030-06-30',
        followUpDates: ['2028-06-30', '2029-06-30', '2030-06-30'],
      },
    },
  ],
};

// ── Digitala läromedel i årskurs 4–9 (SUBMITTED) ───────────────────────────────────────────────

const laromedel: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Upphandling och koppling till identitetslösning och lärplattform',
      explanation: 'Gemensam upphandling med inköpsenheten och integration av läromedlen med kommunens inloggning och lärplattform.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([1_150_000]),
    },
    {
      id: 'k2',
      label: 'Kompetensutveckling för lärare',
      explanation: 'Utbildning i de nya läromedlen och i stöd för elever med läs- och skrivsvårigheter. Tillsammans med upphandlingen sökt belopp och medfinansiering, 1 750 000 kr.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([600_000]),
    },
    {
      id: 'k3',
      label: 'Licenser för digitala läromedel i årskurs 4–9',
      explanation: 'Gemensamma licenser i kärnämnena för omkring 4 200 elever, 500 kr per elev och år. Höstterminen 2027.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([1_050_000, 2_100_000, 2_100_000, 2_100_000, 2_100_000, 2_100_000]),
    },
    {
      id: 'k4',
      label: 'Lärarnas tid för att ställa om undervisningen',
      explanation: 'Cirka 2 000 timmar under 2027 och 1 000 timmar under 2028. Månadslön 42 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 42_000,
      amounts: fromBaseYear([2_000, 1_000]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Avvecklade licenser som skolorna köper var för sig',
      explanation: 'Skolorna köper i dag enstaka licenser för cirka 1 600 000 kr per år, som ersätts av de gemensamma avtalen.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      amounts: fromBaseYear([800_000, 1_600_000, 1_600_000, 1_600_000, 1_600_000, 1_600_000]),
      plan: {
        owner: 'Grundskolechef',
        indicator: 'Skolornas egna kostnader för digitala läromedel',
      },
    },
    {
      id: 'n2',
      label: 'Mindre kontoadministration för lärare',
      explanation: 'Inloggning via kommunens identitetslösning gör att lärarna slipper skapa och återställa konton, cirka 600 timmar per år. Månadslön 42 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 42_000,
      amounts: fromBaseYear([0, 600, 600, 600, 600, 600]),
    },
    {
      id: 'n3',
      label: 'Likvärdig tillgång och bättre stöd vid läs- och skrivsvårigheter',
      explanation: 'Alla elever i årskurs 4–9 får samma läromedel med talsyntes och anpassningar. Det är huvudsyftet med satsningen, men värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
    },
  ],
};

// ── Automatiserad placering i förskolekön (PREPARED) ───────────────────────────────────────────

const forskolekon: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Aktivering av placeringsfunktion och koppling till e-tjänsten',
      explanation: 'Sökt belopp 640 000 kr och medfinansiering 80 000 kr: leverantörens konfiguration av placeringsreglerna, koppling till e-tjänsten för förskoleansökan och test.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([720_000]),
    },
    {
      id: 'k2',
      label: 'Tilläggslicens för placeringsmodulen',
      explanation: 'Enligt leverantörens prislista, 95 000 kr per år.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([40_000, 95_000, 95_000, 95_000, 95_000, 95_000]),
    },
    {
      id: 'k3',
      label: 'Handläggarnas regelarbete och test',
      explanation: 'Cirka 400 timmar för att formulera placeringsreglerna och testa förslagen mot vårens kö. Månadslön 36 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 36_000,
      amounts: fromBaseYear([400]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Frigjord handläggartid vid fördelning av platser',
      explanation: 'Omkring 600 handläggartimmar per år frigörs från vårens placeringsarbete. Månadslön 36 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 36_000,
      amounts: fromBaseYear([0, 600, 600, 600, 600, 600]),
      plan: {
        owner: 'Chef för förskoleplacering',
        indicator: 'Handläggartid för vårens placeringsomgång',
        method: 'Tidsregistrering för placeringsarbetet under februari–maj, jämförd med 2026.',
        unit: 'timmar',
        baselineValue: 1_400,
        baselineDate: '2026-05-31',
        targetValue: 800,
        targetDate: '2028-05-31',
        followUpDates: ['2028-05-31', '2029-05-31'],
      },
    },
    {
      id: 'n2',
      label: 'Färre tomma förskoleplatser',
      explanation: 'När erbjudanden skickas och besvaras digitalt står lediga platser tomma kortare tid. Bedömt värde 150 000 kr per år i minskade kostnader för outnyttjade platser.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 150_000, 150_000, 150_000, 150_000, 150_000]),
      plan: {
        owner: 'Förskolechef',
        indicator: 'Genomsnittligt antal dagar en ledig plats står tom innan den tas i anspråk',
        method: 'Rapport ur systemet för barn- och elevregister, halvårsvis.',
        unit: 'dagar',
        baselineValue: 21,
        baselineDate: '2026-12-31',
        targetValue: 10,
        targetDate: '2028-12-31',
        followUpDates: ['2028-06-30', '2028-12-31'],
      },
    },
    {
      id: 'n3',
      label: 'Tidigare och lättförklarade besked till vårdnadshavare',
      explanation: 'Vårdnadshavare får besked om plats tre till fyra veckor tidigare, och placeringarna följer samma regler. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
      plan: {
        owner: 'Chef för förskoleplacering',
        indicator: 'Antal dagar före önskat placeringsdatum som vårdnadshavare får erbjudande',
        method: 'Rapport ur systemet för barn- och elevregister för vårens placeringsomgång.',
        unit: 'dagar',
        baselineValue: 30,
        baselineDate: '2026-05-31',
        targetValue: 55,
        targetDate: '2028-05-31',
        followUpDates: ['2028-05-31', '2029-05-31'],
      },
    },
  ],
};

// ── Digital tillsyn nattetid i hemtjänsten (PREPARED) ──────────────────────────────────────────

const tillsyn: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Nattkameror, installation och integration',
      explanation: 'Sökt belopp 980 000 kr och medfinansiering 200 000 kr: nattkameror för 150 brukare, installation, integration med verksamhetssystemet och larmmottagningen samt utbildning.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([1_180_000]),
    },
    {
      id: 'k2',
      label: 'Licens, mobil uppkoppling och service för nattkameror',
      explanation: 'Cirka 1 600 kr per kamera och år inklusive uppkoppling.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([90_000, 240_000, 240_000, 240_000, 240_000, 240_000]),
    },
    {
      id: 'k3',
      label: 'Biståndshandläggare och nattpersonal i införande och utbildning',
      explanation: 'Cirka 900 timmar för utbildning, nya rutiner och samtal med brukare och anhöriga. Månadslön 32 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 32_000,
      amounts: fromBaseYear([900]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Minskad bemanning i nattpatrullen',
      explanation: 'En tredjedel av de omkring 90 tillsynsbesöken per natt ersätts, så att en av nattpatrullens bilar med två medarbetare kan dras in. Motsvarar cirka 900 000 kr per år.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 600_000, 900_000, 900_000, 900_000, 900_000]),
      plan: {
        owner: 'Verksamhetschef hemtjänst',
        indicator: 'Antal fysiska tillsynsbesök per natt',
        method: 'Planerade och utförda besök enligt planeringssystemet, medelvärde per månad.',
        unit: 'besök per natt',
        baselineValue: 90,
        baselineDate: '2026-12-31',
        targetValue: 60,
        targetDate: '2028-12-31',
        followUpDates: ['2028-06-30', '2028-12-31', '2029-12-31'],
      },
    },
    {
      id: 'n2',
      label: 'Minskade bilkostnader',
      explanation: 'Körsträckan minskar med uppskattningsvis 25 000 kilometer per år, cirka 4 kr per kilometer i drivmedel, service och leasing.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 100_000, 100_000, 100_000, 100_000, 100_000]),
      plan: {
        owner: 'Verksamhetschef hemtjänst',
        indicator: 'Körda kilometer för nattpatrullen',
        method: 'Körjournaler från fordonssystemet, årsvis.',
        unit: 'km per år',
        baselineValue: 95_000,
        baselineDate: '2026-12-31',
        targetValue: 70_000,
        targetDate: '2028-12-31',
        followUpDates: ['2028-12-31', '2029-12-31'],
      },
    },
    {
      id: 'n3',
      label: 'Bättre nattsömn för brukarna',
      explanation: 'Brukare med digital tillsyn väcks inte av besök. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
      plan: {
        owner: 'Medicinskt ansvarig sjuksköterska',
        indicator: 'Andel brukare med digital tillsyn som uppger att de sover bättre',
        method: 'Uppföljningssamtal med brukare efter tre månader, sammanställt årsvis.',
        unit: '%',
        baselineValue: 0,
        baselineDate: '2027-03-01',
        targetValue: 75,
        targetDate: '2028-12-31',
        followUpDates: ['2027-12-31', '2028-12-31'],
      },
    },
    {
      id: 'n4',
      label: 'Minskade utsläpp från nattpatrullens bilar',
      explanation: 'Omkring 25 000 kilometer mindre körning per år, cirka 3 ton koldioxid. Värderas inte i kronor.',
      category: 'ENVIRONMENT',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
      plan: {
        owner: 'Verksamhetschef hemtjänst',
        indicator: 'Koldioxidutsläpp från nattpatrullens bilar',
        method: 'Körda kilometer gånger fordonens utsläppsfaktor enligt fordonssystemet.',
        unit: 'ton CO2 per år',
        baselineValue: 11,
        baselineDate: '2026-12-31',
        targetValue: 8,
        targetDate: '2028-12-31',
        followUpDates: ['2028-12-31', '2029-12-31'],
      },
    },
  ],
};

// ── Läkemedelsrobotar för brukare i ordinärt boende (IN_PREPARATION) ───────────────────────────

const lakemedelsrobotar: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Projektledning, införande och integration med larmmottagningen',
      explanation: 'Sökt belopp 850 000 kr och medfinansiering 150 000 kr: projektledning, integration med den gemensamma larmmottagningen, utbildning och de första robotarna.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([1_000_000]),
    },
    {
      id: 'k2',
      label: 'Hyra och service av läkemedelsrobotar',
      explanation: 'Omkring 550 kr per robot och månad för 100 robotar, inklusive service och byte. Upptrappning under 2027.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([250_000, 660_000, 660_000, 660_000, 660_000, 660_000]),
    },
    {
      id: 'k3',
      label: 'Sjuksköterskor och hemtjänstpersonal i bedömning och utbildning',
      explanation: 'Bedömning av vilka brukare roboten passar, utbildning och påfyllning. Cirka 1 200 timmar 2027 och 300 timmar per år därefter. Månadslön 42 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 42_000,
      amounts: fromBaseYear([1_200, 300, 300, 300, 300, 300]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Färre läkemedelsbesök i hemtjänsten',
      explanation: 'Med 100 brukare som använder robot minskar antalet besök med cirka 50 000 per år. Med 12 minuter per besök inklusive restid frigörs omkring 10 000 timmar per år. Månadslön 30 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 30_000,
      amounts: fromBaseYear([2_000, 8_000, 10_000, 10_000, 10_000, 10_000]),
      plan: {
        owner: 'Verksamhetschef hemtjänst',
        indicator: 'Antal läkemedelsbesök per år',
        method: 'Planerade och utförda insatser av typen läkemedelsstöd i planeringssystemet.',
      },
    },
    {
      id: 'n2',
      label: 'Minskade resekostnader i hemtjänsten',
      explanation: 'Färre korta besök ger färre körda kilometer.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 150_000, 150_000, 150_000, 150_000, 150_000]),
    },
    {
      id: 'n3',
      label: 'Färre läkemedelsavvikelser och större självständighet',
      explanation: 'Rätt dos vid rätt tid och larm om en dos inte tas. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
    },
  ],
};

// ── Ruttoptimerad planering i hemtjänsten (PREPARED) ───────────────────────────────────────────

const ruttplanering: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Planeringssystem, integrationer och utbildning',
      explanation: 'Sökt belopp 900 000 kr och medfinansiering 250 000 kr: planeringsstöd med ruttoptimering, integration med verksamhetssystemet och tidrapporteringen samt utbildning av planerare.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([1_150_000]),
    },
    {
      id: 'k2',
      label: 'Licens för planeringsstödet',
      explanation: 'Licens per planerad medarbetare, cirka 320 000 kr per år.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([250_000, 320_000, 320_000, 320_000, 320_000, 320_000]),
    },
    {
      id: 'k3',
      label: 'Dubbel drift av det äldre planeringssystemet',
      explanation: 'Det äldre systemet behövs parallellt under övergången 2027.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([180_000]),
    },
    {
      id: 'k4',
      label: 'Planerare och enhetschefer i införandet',
      explanation: 'Cirka 1 500 timmar för att lägga in förutsättningar, testa och utbilda personalen. Månadslön 34 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 34_000,
      amounts: fromBaseYear([1_500]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Avvecklad licens för det äldre planeringssystemet',
      explanation: 'Licensen för det äldre systemet, 180 000 kr per år, sägs upp från 2028.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 180_000, 180_000, 180_000, 180_000, 180_000]),
      plan: {
        owner: 'Verksamhetschef hemtjänst',
        indicator: 'Licenskostnad för det äldre planeringssystemet',
        method: 'Fakturerade licenskostnader i ekonomisystemet.',
        unit: 'kr per år',
        baselineValue: 180_000,
        baselineDate: '2026-12-31',
        targetValue: 0,
        targetDate: '2028-03-31',
        followUpDates: ['2028-03-31', '2028-12-31'],
      },
    },
    {
      id: 'n2',
      label: 'Minskade bilkostnader med 15 procent kortare körsträcka',
      explanation: 'Hemtjänstens bilar kör omkring 900 000 kilometer per år. 15 procent kortare körsträcka ger lägre kostnader för drivmedel och service och på sikt färre bilar, cirka 450 000 kr per år.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      amounts: fromBaseYear([100_000, 450_000, 450_000, 450_000, 450_000, 450_000]),
      plan: {
        owner: 'Verksamhetschef hemtjänst',
        indicator: 'Körda kilometer i hemtjänsten',
        method: 'Körjournaler från fordonssystemet, kvartalsvis.',
        unit: 'km per år',
        baselineValue: 900_000,
        baselineDate: '2026-12-31',
        targetValue: 765_000,
        targetDate: '2028-12-31',
        followUpDates: ['2027-12-31', '2028-06-30', '2028-12-31'],
      },
    },
    {
      id: 'n3',
      label: 'Frigjord planeringstid',
      explanation: 'Planerarna frigör omkring 2 000 timmar per år som läggs på kontinuitet och bemanning. Månadslön 34 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 34_000,
      amounts: fromBaseYear([500, 2_000, 2_000, 2_000, 2_000, 2_000]),
      plan: {
        owner: 'Verksamhetschef hemtjänst',
        indicator: 'Planerarnas tid för schemaläggning per vecka',
        method: 'Tidsstudie två veckor per halvår, jämförd med tidsstudien hösten 2026.',
        unit: 'timmar per vecka',
        baselineValue: 120,
        baselineDate: '2026-10-31',
        targetValue: 80,
        targetDate: '2028-10-31',
        followUpDates: ['2027-10-31', '2028-04-30', '2028-10-31'],
      },
    },
    {
      id: 'n4',
      label: 'Färre olika medarbetare hos brukaren',
      explanation: 'Antalet olika medarbetare som besöker en brukare under två veckor minskar från 15 till 10. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
      plan: {
        owner: 'Verksamhetschef hemtjänst',
        indicator: 'Personalkontinuitet: antal olika medarbetare per brukare under 14 dagar',
        method: 'Mätning enligt Socialstyrelsens metod för personalkontinuitet, en gång per år.',
        unit: 'medarbetare',
        baselineValue: 15,
        baselineDate: '2026-10-31',
        targetValue: 10,
        targetDate: '2028-10-31',
        followUpDates: ['2027-10-31', '2028-10-31'],
      },
    },
    {
      id: 'n5',
      label: 'Minskade utsläpp från hemtjänstens bilar',
      explanation: 'Omkring 135 000 kilometer mindre körning per år. Värderas inte i kronor.',
      category: 'ENVIRONMENT',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
      plan: {
        owner: 'Verksamhetschef hemtjänst',
        indicator: 'Koldioxidutsläpp från hemtjänstens bilar',
        method: 'Körda kilometer gånger fordonens utsläppsfaktor enligt fordonssystemet, årsvis.',
        unit: 'ton CO2 per år',
        baselineValue: 95,
        baselineDate: '2026-12-31',
        targetValue: 80,
        targetDate: '2028-12-31',
        followUpDates: ['2028-12-31', '2029-12-31'],
      },
    },
  ],
};

// ── IoT-sensorer för inomhusklimat och energi i kommunala fastigheter (PREPARED) ───────────────

const iotSensorer: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Sensorer och installation i skolor, förskolor och äldreboenden',
      explanation: 'Sökt belopp 1 300 000 kr och medfinansiering 400 000 kr: trådlösa sensorer för temperatur, koldioxid och närvaro, installation och koppling till fastighetssystemet, i två etapper.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([1_100_000, 600_000]),
    },
    {
      id: 'k2',
      label: 'LoRaWAN-nät, plattformslicens och batteribyten',
      explanation: 'Drift av nätet för uppkopplade enheter, licens för plattformen och batteribyten.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([80_000, 220_000, 220_000, 220_000, 220_000, 220_000]),
    },
    {
      id: 'k3',
      label: 'Drifttekniker för installation och inställning av styrningen',
      explanation: 'Cirka 800 timmar 2027 och 600 timmar 2028, därefter 200 timmar per år för att justera styrningen. Månadslön 36 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 36_000,
      amounts: fromBaseYear([800, 600, 200, 200, 200, 200]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Minskad energianvändning i berörda byggnader',
      explanation: 'Energianvändningen minskar med 8 procent, vilket motsvarar cirka 1,2 miljoner kronor per år när alla byggnader är klara.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      amounts: fromBaseYear([200_000, 700_000, 1_200_000, 1_200_000, 1_200_000, 1_200_000]),
      plan: {
        owner: 'Fastighetschef',
        indicator: 'Normalårskorrigerad energianvändning i byggnader med sensorer',
        method: 'Energiuppföljningssystemets mätvärden, normalårskorrigerade, jämförda med 2026.',
        unit: 'MWh per år',
        baselineValue: 15_000,
        baselineDate: '2026-12-31',
        targetValue: 13_800,
        targetDate: '2029-12-31',
        followUpDates: ['2027-12-31', '2028-12-31', '2029-12-31'],
      },
    },
    {
      id: 'n2',
      label: 'Färre felsökningsbesök',
      explanation: 'Fel larmar automatiskt, så drifttekniker behöver inte åka ut och mäta vid klagomål. Cirka 300 timmar per år. Månadslön 36 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 36_000,
      amounts: fromBaseYear([0, 300, 300, 300, 300, 300]),
      plan: {
        owner: 'Driftchef fastigheter',
        indicator: 'Antal felanmälningar om inomhusklimat som kräver platsbesök',
        method: 'Rapport ur felanmälningssystemet, halvårsvis.',
        unit: 'ärenden per år',
        baselineValue: 1_100,
        baselineDate: '2026-12-31',
        targetValue: 700,
        targetDate: '2029-06-30',
        followUpDates: ['2028-06-30', '2028-12-31', '2029-06-30'],
      },
    },
    {
      id: 'n3',
      label: 'Minskad klimatpåverkan från uppvärmning',
      explanation: 'Lägre energianvändning minskar utsläppen från fjärrvärme och el. Värderas inte i kronor.',
      category: 'ENVIRONMENT',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
      plan: {
        owner: 'Fastighetschef',
        indicator: 'Klimatpåverkan från energianvändningen i byggnader med sensorer',
        method: 'Energianvändning gånger leverantörernas emissionsfaktorer, årsvis.',
        unit: 'ton CO2e per år',
        baselineValue: 600,
        baselineDate: '2026-12-31',
        targetValue: 550,
        targetDate: '2029-12-31',
        followUpDates: ['2028-12-31', '2029-12-31'],
      },
    },
    {
      id: 'n4',
      label: 'Bättre inomhusklimat för barn och personal',
      explanation: 'Problem med temperatur och luftkvalitet åtgärdas innan de påverkar verksamheten. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
      plan: {
        owner: 'Driftchef fastigheter',
        indicator: 'Andel undervisningstimmar med koldioxidhalt under 1 000 ppm',
        method: 'Sensorernas mätvärden under skoltid, sammanställda per termin.',
        unit: '%',
        baselineValue: 70,
        baselineDate: '2027-12-31',
        targetValue: 95,
        targetDate: '2029-06-30',
        followUpDates: ['2028-06-30', '2028-12-31', '2029-06-30'],
      },
    },
  ],
};

// ── Digital felanmälan med kartstöd för gata och park (AWAITING_ANCHORING) ─────────────────────

const felanmalan: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'E-tjänst med kartstöd och integration med arbetsordersystemet',
      explanation: 'Sökt belopp 480 000 kr och medfinansiering 50 000 kr: e-tjänst med karta och bilduppladdning, kartunderlag från GIS-systemet och integration via integrationsplattformen.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([530_000]),
    },
    {
      id: 'k2',
      label: 'Licens för e-tjänst och kartkomponent',
      explanation: 'Tillkommande licenser från driftstarten i december 2027.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([10_000, 75_000, 75_000, 75_000, 75_000, 75_000]),
    },
    {
      id: 'k3',
      label: 'Driftpersonal och GIS-ingenjör i införandet',
      explanation: 'Cirka 250 timmar för att ta fram felkategorier, kartlager och rutiner för återkoppling.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      amounts: fromBaseYear([250]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Färre samtal om gata och park till kontaktcenter',
      explanation: 'Samtalen minskar med 40 procent av omkring 9 000 ärenden, med i snitt sex minuter per samtal. Månadslön 34 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 34_000,
      amounts: fromBaseYear([0, 360, 360, 360, 360, 360]),
      plan: { owner: 'Kontaktcenterchef', indicator: 'Antal samtal om gata och park per år' },
    },
    {
      id: 'n2',
      label: 'Mindre tid för att leta och ringa tillbaka',
      explanation: 'Exakt plats och bild gör att driftpersonalen inte behöver leta eller kontakta anmälaren, cirka 450 timmar per år. Månadslön 33 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 33_000,
      amounts: fromBaseYear([0, 450, 450, 450, 450, 450]),
    },
    {
      id: 'n3',
      label: 'Snabbare åtgärder och återkoppling till invånarna',
      explanation: 'Invånaren får besked när felet är åtgärdat, och statistiken visar var underhållet behövs. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
    },
  ],
};

// ── Gemensamt bokningssystem för lokaler och idrottsanläggningar (SUBMITTED) ───────────────────

const bokning: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Bokningssystem, e-tjänst och integration med ekonomisystemet',
      explanation: 'Upphandling, införande, e-tjänst för föreningar och privatpersoner och automatisk fakturering.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([700_000]),
    },
    {
      id: 'k2',
      label: 'Digitala lås i sporthallar och samlingslokaler',
      explanation: 'Sökt belopp och medfinansiering täcker de första 20 lokalerna 2027. Resterande lokaler 2028 betalas av tekniska förvaltningens investeringsbudget.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([360_000, 400_000]),
    },
    {
      id: 'k3',
      label: 'Licens för bokningssystem och låstjänst',
      explanation: 'Licens för bokningssystemet och molntjänsten för låsen, 180 000 kr per år.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([60_000, 180_000, 180_000, 180_000, 180_000, 180_000]),
    },
    {
      id: 'k4',
      label: 'Bokningsadministratörer i införandet',
      explanation: 'Cirka 600 timmar för att lägga in lokaler, prislistor och regler och för att stötta föreningarna. Månadslön 33 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 33_000,
      amounts: fromBaseYear([600]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Frigjord administrativ tid för bokning och fakturering',
      explanation: 'Omkring 1 500 administrativa timmar per år frigörs när bokning och fakturering sker automatiskt. Månadslön 33 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 33_000,
      amounts: fromBaseYear([0, 1_000, 1_500, 1_500, 1_500, 1_500]),
      plan: {
        owner: 'Fritidschef',
        indicator: 'Administrativ tid för bokning och fakturering',
        method: 'Tidsuppskattning från bokningsadministratörerna, årsvis.',
        unit: 'timmar per år',
      },
    },
    {
      id: 'n2',
      label: 'Ökade hyresintäkter när beläggningen ökar',
      explanation: 'Beläggningen ökar med 10 procent när lediga tider syns i e-tjänsten. Hyresintäkterna är i dag cirka 3 miljoner kronor per år.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 150_000, 300_000, 300_000, 300_000, 300_000]),
    },
    {
      id: 'n3',
      label: 'Minskade kostnader för nyckelhantering och låsbyten',
      explanation: 'Inga fysiska nycklar att lämna ut, och borttappade nycklar kräver inga låsbyten.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 60_000, 60_000, 60_000, 60_000, 60_000]),
    },
    {
      id: 'n4',
      label: 'Enklare för föreningslivet',
      explanation: 'Föreningar ser lediga tider, bokar och betalar på ett ställe. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
    },
  ],
};

// ── Meröppna bibliotek med digitalt lånekort (DRAFT) ───────────────────────────────────────────

const bibliotek: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Passagesystem, kameror och självbetjäning i filialerna',
      explanation: 'Sökt belopp 380 000 kr: passagesystem kopplat till digitalt lånekort, kameror och självbetjäningsautomater i fyra filialer.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([380_000]),
    },
    {
      id: 'k2',
      label: 'Licens och service för meröppet',
      explanation: 'Licens för styrsystemet och service av automaterna.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([30_000, 90_000, 90_000, 90_000, 90_000, 90_000]),
    },
    {
      id: 'k3',
      label: 'Väktarrondering och extra städning under meröppna tider',
      explanation: 'Preliminär uppskattning, ska stämmas av med säkerhetssamordnaren.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([20_000, 60_000, 60_000, 60_000, 60_000, 60_000]),
    },
    {
      id: 'k4',
      label: 'Bibliotekariernas tid för införande och information',
      explanation: 'Cirka 300 timmar för rutiner, information till låntagare och registrering av digitala lånekort.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      amounts: fromBaseYear([300]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Fördubblade öppettider i filialerna',
      explanation: 'Filialerna kan hålla öppet kvällar och helger utan ökade personalkostnader. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
    },
    {
      id: 'n2',
      label: 'Fler besök på biblioteken',
      explanation: 'Antalet besök bedöms öka med 20 procent, särskilt bland studerande och yrkesarbetande. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
    },
  ],
};

// ── Digital validering och studievägledning i vuxenutbildningen (AWAITING_ANCHORING) ───────────

const validering: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Vägledningstjänst, valideringsverktyg och integration',
      explanation: 'Sökt belopp 720 000 kr och medfinansiering 120 000 kr: digital självskattning, verktyg för validering och integration med det studieadministrativa systemet.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([840_000]),
    },
    {
      id: 'k2',
      label: 'Licens för valideringsverktyget',
      explanation: 'Licens från höstterminen 2027, 130 000 kr per år.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([40_000, 130_000, 130_000, 130_000, 130_000, 130_000]),
    },
    {
      id: 'k3',
      label: 'Studievägledare och lärare i utveckling av självskattningar',
      explanation: 'Cirka 600 timmar under 2027 och 150 timmar per år för att hålla självskattningarna aktuella. Månadslön 37 000 kr.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      monthlySalary: 37_000,
      amounts: fromBaseYear([600, 150, 150, 150, 150, 150]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Färre fysiska vägledningsmöten',
      explanation: 'Sökande som klarar sig med självskattning och videomöte behöver inget fysiskt möte, cirka 800 timmar per år. Tiden läggs på dem som behöver mest stöd. Månadslön 37 000 kr.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: 37_000,
      amounts: fromBaseYear([0, 800, 800, 800, 800, 800]),
      plan: {
        owner: 'Rektor vuxenutbildningen',
        indicator: 'Antal fysiska vägledningsmöten per termin',
        method: 'Bokningsstatistik ur det studieadministrativa systemet.',
        unit: 'möten per termin',
        baselineValue: 3_000,
        baselineDate: '2027-06-30',
      },
    },
    {
      id: 'n2',
      label: 'Kortare studietid när tidigare kunskaper tillgodoräknas',
      explanation: 'Fler får tidigare kunskaper validerade och kan läsa färre kurser, vilket minskar kostnaden för köpt utbildning med uppskattningsvis 150 000 kr per år.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 100_000, 150_000, 150_000, 150_000, 150_000]),
    },
    {
      id: 'n3',
      label: 'Snabbare studiestart',
      explanation: 'Tiden från ansökan till studiestart kortas med i snitt tre veckor. Värderas inte i kronor.',
      category: 'QUALITY',
      monetised: false,
      confidence: 'RED',
      unit: 'KRONOR',
      amounts: [],
    },
  ],
};

// ── Digital matchning mellan arbetssökande och arbetsgivare (DRAFT) ────────────────────────────

const matchning: CalculationSheet = {
  costs: [
    {
      id: 'k1',
      label: 'Matchningsplattform och införande',
      explanation: 'Sökt belopp 760 000 kr fördelat på upphandling och införande hösten 2027 och integrationer 2028.',
      type: 'ONE_OFF',
      unit: 'KRONOR',
      amounts: fromBaseYear([500_000, 260_000]),
    },
    {
      id: 'k2',
      label: 'Licens för matchningsplattformen',
      explanation: 'Preliminär prisuppgift från två leverantörer.',
      type: 'RUNNING',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 150_000, 150_000, 150_000, 150_000, 150_000]),
    },
    {
      id: 'k3',
      label: 'Arbetsmarknadskonsulenter i införandet',
      explanation: 'Registrering av deltagare och arbetsgivare och utbildning, cirka 800 timmar.',
      type: 'INTERNAL_TIME',
      unit: 'HOURS',
      amounts: fromBaseYear([300, 500]),
    },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Minskat försörjningsstöd när fler går vidare till arbete',
      explanation: 'Om tio fler deltagare per år går vidare till arbete eller studier minskar försörjningsstödet med omkring 400 000 kr per år. Osäker uppskattning.',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'KRONOR',
      amounts: fromBaseYear([0, 0, 400_000, 400_000, 400_000, 400_000]),
    },
    {
      id: 'n2',
      label: 'Mindre tid för manuell matchning i kalkylblad',
      explanation: 'Konsulenterna slipper hålla kalkylbladen aktuella, cirka 500 timmar per år.',
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      amounts: fromBaseYear([0, 500, 500, 500, 500, 500]),
    },
  ],
};

// ── The portfolio office's reviews ─────────────────────────────────────────────────────────────

const forvaltning = (id: string, label: string, amountPerYear: number, explanation: string): CostSheetLine => ({
  id,
  label,
  explanation,
  type: 'RUNNING',
  unit: 'KRONOR',
  amounts: fromBaseYear([0, amountPerYear, amountPerYear, amountPerYear, amountPerYear, amountPerYear]),
});

export const DEMO_CALCULATIONS: Record<string, DemoCalculation> = {
  'AI-stöd i kontaktcenter': {
    applicant: kontaktcenter,
    reviewed: reviewOf(kontaktcenter, {
      benefits: {
        n1: {
          explanation:
            'Portföljkontoret räknar med 20 procent av de enkla frågorna, cirka 4 500 timmar per år, utifrån erfarenheter från jämförbara kommuner. Halv effekt första året. Månadslön 34 000 kr.',
          amounts: fromBaseYear([0, 2_250, 4_500, 4_500, 4_500, 4_500]),
        },
      },
      addedCosts: [
        forvaltning('k4', 'Förvaltningskostnad', 100_000, 'Objektförvaltning enligt kommunens förvaltningsmodell: systemförvaltare, uppföljning av svarskvalitet och avtalsuppföljning.'),
      ],
    }),
  },
  'Robotiserad hantering av leverantörsfakturor': {
    applicant: fakturor,
    reviewed: reviewOf(fakturor, {
      benefits: {
        n1: {
          explanation: 'Portföljkontoret räknar med 2 000 timmar första hela året medan reglerna trimmas, därefter 2 500 timmar per år. Ingen effekt 2027. Månadslön 33 000 kr.',
          amounts: fromBaseYear([0, 2_000, 2_500, 2_500, 2_500, 2_500]),
        },
      },
      addedCosts: [
        forvaltning('k4', 'Anpassning vid uppgraderingar av ekonomisystemet', 60_000, 'Roboten behöver testas och anpassas vid ekonomisystemets två årliga uppgraderingar.'),
      ],
    }),
  },
  'Kommungemensamt e-arkiv för långtidsbevarande': {
    applicant: earkiv,
    reviewed: reviewOf(earkiv, {
      benefits: {
        n1: {
          explanation: 'Portföljkontoret tar bara med de tre system som har beslut om avveckling, 500 000 kr per år från 2029. De två ytterligare systemen räknas in först när avvecklingen är beslutad.',
          amounts: fromBaseYear([0, 250_000, 500_000, 500_000, 500_000, 500_000]),
          plan: {
            owner: 'IT-chef',
            indicator: 'Licens- och driftkostnad för system som hålls i drift enbart för arkivering',
            method: 'Fakturerade licens- och driftkostnader enligt IT-enhetens systemförteckning, årsvis.',
            unit: 'kr per år',
            baselineValue: 900_000,
            baselineDate: '2026-12-31',
            targetValue: 400_000,
            targetDate: '2029-12-31',
            followUpDates: ['2028-12-31', '2029-12-31'],
          },
        },
      },
    }),
  },
  'Digital signering av avtal, beslut och protokoll': { applicant: signering },
  'E-tjänst för bygglov med digital inlämning av ritningar': {
    applicant: bygglov,
    reviewed: reviewOf(bygglov, {
      benefits: {
        n3: {
          confidence: 'YELLOW',
          explanation: 'Portföljkontoret: avgiftsreduceringarna beror också på ärendemängden och bemanningen, så effekten är osäker. Beloppen behålls men med gul säkerhet.',
        },
      },
      addedCosts: [forvaltning('k4', 'Förvaltningskostnad', 60_000, 'Förvaltning av e-tjänsten och integrationen när bygglovssystemet och Lantmäteriets gränssnitt ändras.')],
    }),
  },
  'Öppna geodata och miljödata': {
    applicant: oppnaData,
    reviewed: reviewOf(oppnaData, {
      benefits: {
        n1: {
          explanation: 'Portföljkontoret räknar med att förfrågningarna minskar gradvis: 250 timmar 2028 och 400 timmar per år därefter. Månadslön 38 000 kr.',
          amounts: fromBaseYear([0, 250, 400, 400, 400, 400]),
          plan: {
            owner: 'Samhällsbyggnadschef',
            indicator: 'Antal förfrågningar om utlämnande av geodata och miljödata per år',
            method: 'Registrerade ärenden av typen utlämnande av data i ärendesystemet, halvårsvis.',
            unit: 'förfrågningar per år',
            baselineValue: 600,
            baselineDate: '2026-12-31',
            targetValue: 180,
            targetDate: '2029-12-31',
            followUpDates: ['2028-06-30', '2028-12-31', '2029-12-31'],
          },
        },
        n2: {
          plan: {
            owner: 'Näringslivschef',
            indicator: 'Antal anrop per månad till gränssnittet för öppna data',
            method: 'Statistik från integrationsplattformen, kvartalsvis.',
            unit: 'anrop per månad',
            baselineValue: 0,
            baselineDate: '2027-12-31',
            targetValue: 20_000,
            targetDate: '2029-12-31',
            followUpDates: ['2028-06-30', '2028-12-31', '2029-12-31'],
          },
        },
      },
    }),
  },
  'Digital ansökan om försörjningsstöd': {
    applicant: forsorjningsstod,
    reviewed: reviewOf(forsorjningsstod, {
      benefits: {
        n1: {
          explanation: 'Portföljkontoret räknar med långsammare övergång till e-tjänsten: ingen effekt 2027 och 1 000 timmar 2028, därefter 2 000 timmar per år. Månadslön 38 000 kr.',
          amounts: fromBaseYear([0, 1_000, 2_000, 2_000, 2_000, 2_000]),
        },
      },
      addedCosts: [forvaltning('k4', 'Förvaltningskostnad', 70_000, 'Förvaltning av e-tjänsten och integrationen med verksamhetssystemet, inklusive säkerhetsuppdateringar.')],
    }),
  },
  'Automatiserad handläggning av återansökningar om försörjningsstöd': { applicant: ateransokningar },
  'Digital frånvarohantering i grundskolan': {
    applicant: franvaro,
    reviewed: reviewOf(franvaro, {
      benefits: {
        n1: {
          explanation: 'Portföljkontoret räknar med att 15 procent av anmälningarna fortfarande kommer per telefon, cirka 2 500 timmar per år. Effekt från höstterminen 2027. Månadslön 32 000 kr.',
          amounts: fromBaseYear([800, 2_500, 2_500, 2_500, 2_500, 2_500]),
        },
      },
    }),
  },
  'Digitala läromedel i årskurs 4–9': { applicant: laromedel },
  'Automatiserad placering i förskolekön': {
    applicant: forskolekon,
    reviewed: reviewOf(forskolekon, {
      benefits: {
        n2: {
          monetised: false,
          confidence: 'RED',
          explanation: 'Portföljkontoret: tomma platser beror främst på in- och utflyttning, och effekten går inte att räkna hem i budgeten. Redovisas som kvalitetseffekt utan värde i kronor.',
        },
      },
    }),
  },
  'Digital tillsyn nattetid i hemtjänsten': {
    applicant: tillsyn,
    reviewed: reviewOf(tillsyn, {
      benefits: {
        n1: {
          confidence: 'YELLOW',
          explanation:
            'Portföljkontoret: bemanningen kan minskas först när tillräckligt många brukare har tackat ja. Räknar med 300 000 kr 2028 och 900 000 kr per år därefter, med gul säkerhet tills beslutet om bemanning är fattat.',
          amounts: fromBaseYear([0, 300_000, 900_000, 900_000, 900_000, 900_000]),
        },
      },
      addedCosts: [forvaltning('k4', 'Förvaltningskostnad', 80_000, 'Förvaltning av kamerorna och rutinerna med larmmottagningen, inklusive byte av trasiga kameror.')],
    }),
  },
  'Läkemedelsrobotar för brukare i ordinärt boende': {
    applicant: lakemedelsrobotar,
    reviewed: reviewOf(lakemedelsrobotar, {
      benefits: {
        n1: {
          explanation: 'Portföljkontoret räknar med 8 minuter per besök, eftersom många besök samordnas med andra insatser: cirka 6 500 timmar per år. Månadslön 30 000 kr.',
          amounts: fromBaseYear([1_000, 5_000, 6_500, 6_500, 6_500, 6_500]),
          plan: {
            owner: 'Verksamhetschef hemtjänst',
            indicator: 'Antal läkemedelsbesök per år',
            method: 'Planerade och utförda insatser av typen läkemedelsstöd i planeringssystemet, kvartalsvis.',
            unit: 'besök per år',
            baselineValue: 180_000,
            baselineDate: '2026-12-31',
            targetValue: 130_000,
            targetDate: '2028-12-31',
            followUpDates: ['2028-03-31', '2028-09-30', '2028-12-31'],
          },
        },
        n2: {
          plan: { owner: 'Verksamhetschef hemtjänst', indicator: 'Körda kilometer i hemtjänsten', method: 'Körjournaler från fordonssystemet.' },
        },
      },
    }),
  },
  'Ruttoptimerad planering i hemtjänsten': {
    applicant: ruttplanering,
    reviewed: reviewOf(ruttplanering, {
      costs: {
        k3: {
          explanation: 'Portföljkontoret: enligt avtalet kan det äldre systemet sägas upp tidigast till den 31 mars 2028, så den dubbla driften pågår även första kvartalet 2028.',
          amounts: fromBaseYear([180_000, 45_000]),
        },
      },
      benefits: {
        n1: {
          explanation: 'Licensen för det äldre systemet upphör den 31 mars 2028, så besparingen 2028 blir tre fjärdedelar av 180 000 kr.',
          amounts: fromBaseYear([0, 135_000, 180_000, 180_000, 180_000, 180_000]),
        },
        n2: {
          explanation: 'Portföljkontoret räknar bara med drivmedel och service, cirka 300 000 kr per år. Färre bilar räknas in först när leasingavtalen har förnyats.',
          amounts: fromBaseYear([50_000, 300_000, 300_000, 300_000, 300_000, 300_000]),
        },
      },
    }),
  },
  'IoT-sensorer för inomhusklimat och energi i kommunala fastigheter': {
    applicant: iotSensorer,
    reviewed: reviewOf(iotSensorer, {
      benefits: {
        n1: {
          explanation: 'Portföljkontoret räknar med att den andra etappen blir klar först i mitten av 2028 och att styrningen behöver trimmas en säsong: 500 000 kr 2028 och 1 000 000 kr 2029, därefter 1,2 miljoner kronor per år.',
          amounts: fromBaseYear([150_000, 500_000, 1_000_000, 1_200_000, 1_200_000, 1_200_000]),
        },
      },
      addedCosts: [forvaltning('k4', 'Förvaltning och informationssäkerhet för sensornätet', 60_000, 'Säkerhetsuppdateringar, övervakning av det separata nätet och förvaltning av plattformen.')],
    }),
  },
  'Digital felanmälan med kartstöd för gata och park': { applicant: felanmalan },
  'Gemensamt bokningssystem för lokaler och idrottsanläggningar': { applicant: bokning },
  'Meröppna bibliotek med digitalt lånekort': { applicant: bibliotek },
  'Digital validering och studievägledning i vuxenutbildningen': { applicant: validering },
  'Digital matchning mellan arbetssökande och arbetsgivare': { applicant: matchning },
};
