import type { DemoData } from './types.js';

/**
 * Demo data for Digitaliseringsportföljen: a plausible Swedish municipality with its departments
 * (förvaltningar), the goal areas (målområden) of its "Mål och budget", two rounds of the
 * digitalisation fund (digitaliseringspotten) and the applications (ansökningar) to them.
 *
 * The applications for 2027 together ask for clearly more than the round's budget, so that
 * prioritisation is meaningful.
 */
export const demoData: DemoData = {
  departments: [
    { code: 'KSF', name: 'Kommunstyrelsens förvaltning' },
    { code: 'BUF', name: 'Barn- och utbildningsförvaltningen' },
    { code: 'SOC', name: 'Socialförvaltningen' },
    { code: 'VOF', name: 'Vård- och omsorgsförvaltningen' },
    { code: 'MSF', name: 'Miljö- och samhällsbyggnadsförvaltningen' },
    { code: 'KFF', name: 'Kultur- och fritidsförvaltningen' },
    { code: 'TKF', name: 'Tekniska förvaltningen' },
    { code: 'AVF', name: 'Arbetsmarknads- och vuxenutbildningsförvaltningen' },
  ],

  goalAreas: [
    {
      code: 'TRYGG',
      name: 'Trygg och attraktiv kommun',
      description:
        'Invånare, företag och besökare ska känna sig trygga och enkelt få kontakt med kommunen och den service de behöver.',
    },
    {
      code: 'LARANDE',
      name: 'Livslångt lärande',
      description:
        'Alla barn, elever och vuxna ska få en likvärdig utbildning av hög kvalitet som ger goda förutsättningar för arbete och fortsatta studier.',
    },
    {
      code: 'MILJO',
      name: 'Hållbar miljö och klimat',
      description:
        'Kommunen ska minska sin klimatpåverkan och energianvändning och bidra till en god livsmiljö för kommande generationer.',
    },
    {
      code: 'HALSA',
      name: 'God hälsa och omsorg',
      description:
        'Invånare som behöver stöd och omsorg ska få insatser med hög kvalitet, trygghet och självbestämmande i vardagen.',
    },
    {
      code: 'EFFEKTIV',
      name: 'Effektiv och digital verksamhet',
      description:
        'Kommunen ska använda skattemedlen klokt genom enkla och säkra digitala tjänster och effektiva arbetssätt.',
    },
    {
      code: 'ARBGIV',
      name: 'Attraktiv arbetsgivare',
      description:
        'Medarbetarna ska ha en god arbetsmiljö, rätt kompetens och verktyg som gör att de kan lägga tiden på kärnuppdraget.',
    },
    {
      code: 'NARING',
      name: 'Näringsliv och arbete',
      description:
        'Fler invånare ska komma i egen försörjning och företagen ska möta en kommun som är lätt att ha att göra med.',
    },
  ],

  fundRounds: [
    {
      code: 'DP2026',
      name: 'Digitaliseringspotten 2026',
      year: 2026,
      budget: 10_000_000,
      status: 'CLOSED',
      opensOn: '2025-09-01',
      closesOn: '2025-12-15',
    },
    {
      code: 'DP2027',
      name: 'Digitaliseringspotten 2027',
      year: 2027,
      budget: 12_000_000,
      status: 'OPEN',
      opensOn: '2026-09-01',
      closesOn: '2026-12-15',
    },
  ],

  initiatives: [
    // ── Digitaliseringspotten 2026 (avslutad omgång) ─────────────────────────────────────────
    {
      title: 'Digitala trygghetslarm i ordinärt boende',
      description:
        'Kommunen har cirka 1 100 trygghetslarm i ordinärt boende, varav en tredjedel fortfarande är analoga. ' +
        'Analoga larm fungerar allt sämre när telenätet byggs om, och under 2024 fick vi 45 avvikelser där ett larm inte nådde fram. ' +
        'Vi vill byta ut samtliga analoga larm mot digitala larm som kopplas till den gemensamma larmmottagningen. ' +
        'Det ger säkrare larm för brukarna, färre felsökningsbesök för hemtjänsten och en larmhistorik som kan följas upp.',
      departmentCode: 'VOF',
      fundRoundCode: 'DP2026',
      goalAreaCodes: ['HALSA', 'TRYGG'],
      requestedAmount: 1_400_000,
    },
    {
      title: 'Digital dokumentation av lärande i förskolan',
      description:
        'Förskolorna dokumenterar barnens lärande och utveckling i pärmar, i delade mappar och i olika appar som inte är upphandlade. ' +
        'Det gör att vårdnadshavare får olika information beroende på förskola och att personuppgifter hanteras i system som inte är godkända. ' +
        'Vi vill införa en gemensam lärplattform för förskolan med säker inloggning för vårdnadshavare. ' +
        'Målet är likvärdig dokumentation i alla 32 förskolor och att pedagogerna sparar omkring en timme i veckan var.',
      departmentCode: 'BUF',
      fundRoundCode: 'DP2026',
      goalAreaCodes: ['LARANDE', 'EFFEKTIV'],
      requestedAmount: 900_000,
    },
    {
      title: 'Digitala nämndhandlingar och politikerportal',
      description:
        'Nämndhandlingar skickas i dag som stora pdf-filer via e-post och skrivs ut inför varje sammanträde. ' +
        'Nämndsekreterarna lägger mycket tid på att samla in underlag och förtroendevalda har svårt att hitta äldre handlingar. ' +
        'Vi vill införa en politikerportal som hämtar handlingar direkt ur ärendehanteringssystemet. ' +
        'Det minskar utskrifterna med uppskattningsvis 200 000 sidor per år och ger förtroendevalda ett samlat arkiv över sina ärenden.',
      departmentCode: 'KSF',
      fundRoundCode: 'DP2026',
      goalAreaCodes: ['EFFEKTIV', 'MILJO'],
      requestedAmount: 520_000,
    },

    // ── Digitaliseringspotten 2027 (öppen omgång) ────────────────────────────────────────────
    {
      title: 'AI-stöd i kontaktcenter',
      description:
        'Kontaktcenter tar emot cirka 180 000 samtal och 40 000 e-postmeddelanden per år, och omkring hälften gäller frågor som redan besvaras på webbplatsen. ' +
        'Väntetiden i telefon är i snitt elva minuter under högsäsong och medarbetarna har svårt att hinna med mer komplexa ärenden. ' +
        'Vi vill införa en AI-baserad chattfunktion som besvarar vanliga frågor dygnet runt och lämnar över till en handläggare när det behövs. ' +
        'Målet är att 30 procent av de enkla frågorna besvaras utan handläggare, vilket motsvarar ungefär 6 000 frigjorda timmar per år.',
      departmentCode: 'KSF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['EFFEKTIV', 'TRYGG'],
      requestedAmount: 1_420_000,
    },
    {
      title: 'Robotiserad hantering av leverantörsfakturor',
      description:
        'Kommunen tar emot omkring 95 000 leverantörsfakturor per år, och varje faktura som saknar referens eller har fel belopp kontrolleras och konteras manuellt. ' +
        'Ekonomiadministratörerna lägger i dag cirka 4 500 timmar per år på rutinmässig matchning mot beställningar och avtal. ' +
        'Vi vill låta en mjukvarurobot (RPA) matcha fakturor mot order och avtal, kontera standardfakturor och flagga avvikelser. ' +
        'Det förväntas frigöra minst 2 500 timmar per år, ge färre påminnelseavgifter och säkrare avtalstrohet.',
      departmentCode: 'KSF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['EFFEKTIV', 'ARBGIV'],
      requestedAmount: 780_000,
    },
    {
      title: 'Kommungemensamt e-arkiv för långtidsbevarande',
      description:
        'Handlingar som ska bevaras finns i dag i ett tjugotal verksamhetssystem och i pappersarkiv på olika förvaltningar. ' +
        'När gamla system avvecklas riskerar vi att förlora allmänna handlingar, och att hålla dem kvar bara för arkivets skull kostar omkring 900 000 kronor per år i licenser. ' +
        'Vi vill införa ett gemensamt e-arkiv enligt FGS-standarden och leverera dit från de system som avvecklas först. ' +
        'Det säkrar att arkivlagen följs, gör handlingar sökbara för invånare och forskare och gör det möjligt att stänga gamla system.',
      departmentCode: 'KSF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['EFFEKTIV', 'TRYGG'],
      requestedAmount: 2_100_000,
    },
    {
      title: 'Digital signering av avtal, beslut och protokoll',
      description:
        'Avtal, delegationsbeslut och protokoll skrivs i dag ut, signeras för hand, skannas och skickas med internpost. ' +
        'Ett avtal tar i snitt nio dagar från färdigt förslag till att alla parter har skrivit under. ' +
        'Vi vill införa en gemensam tjänst för avancerad elektronisk underskrift som är kopplad till ärendehanteringen och e-arkivet. ' +
        'Det förkortar ledtiden till under två dagar, minskar utskrifterna och ger säkrare spårbarhet för vem som har undertecknat vad.',
      departmentCode: 'KSF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['EFFEKTIV', 'MILJO'],
      requestedAmount: 420_000,
    },
    {
      title: 'E-tjänst för bygglov med digital inlämning av ritningar',
      description:
        'Bygglovsenheten tar emot cirka 1 400 ansökningar per år, och mer än hälften kommer på papper eller som inskannade ritningar via e-post. ' +
        'Sju av tio ansökningar är ofullständiga när de kommer in, vilket ger många kompletteringar och längre handläggningstider. ' +
        'Vi vill införa en e-tjänst som guidar den sökande steg för steg, kontrollerar att rätt handlingar är bifogade och skickar ärendet direkt till ärendesystemet. ' +
        'Målet är att andelen kompletta ansökningar ökar till 60 procent och att den genomsnittliga handläggningstiden kortas med två veckor.',
      departmentCode: 'MSF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['EFFEKTIV', 'NARING', 'TRYGG'],
      requestedAmount: 1_150_000,
    },
    {
      title: 'Öppna geodata och miljödata',
      description:
        'Detaljplaner, adresser, miljömätningar och tillsynsobjekt finns i interna system och lämnas i dag ut på begäran, omkring 600 gånger per år. ' +
        'Varje utlämnande tar tid för handläggarna och företag och forskare får vänta på data som redan är offentliga. ' +
        'Vi vill publicera dessa datamängder som öppna data med fria licenser och ett maskinläsbart gränssnitt, i linje med lagen om öppna data. ' +
        'Det frigör handläggartid, gör det lättare för näringslivet att utveckla tjänster och ökar insynen i kommunens arbete.',
      departmentCode: 'MSF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['NARING', 'MILJO', 'EFFEKTIV'],
      requestedAmount: 550_000,
    },
    {
      title: 'Digital ansökan om försörjningsstöd',
      description:
        'Den som söker försörjningsstöd fyller i dag i en pappersblankett varje månad och lämnar kopior på kontoutdrag, hyresavier och andra underlag. ' +
        'Handläggarna lägger mycket tid på att registrera uppgifter och begära in underlag som saknas, och de sökande får vänta på beslut. ' +
        'Vi vill införa en e-tjänst där den sökande loggar in med e-legitimation, ansöker och bifogar underlag digitalt. ' +
        'Målet är att 70 procent av de cirka 14 000 ansökningarna per år görs digitalt och att tiden från ansökan till beslut halveras.',
      departmentCode: 'SOC',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['EFFEKTIV', 'HALSA', 'NARING'],
      requestedAmount: 1_200_000,
    },
    {
      title: 'Automatiserad handläggning av återansökningar om försörjningsstöd',
      description:
        'Omkring 80 procent av ansökningarna om försörjningsstöd är återansökningar från hushåll vars situation inte har förändrats. ' +
        'Handläggarna kontrollerar ändå varje månad uppgifter mot Försäkringskassan, Skatteverket och a-kassan manuellt, vilket tar cirka 25 minuter per ärende. ' +
        'Vi vill automatisera kontrollerna och beräkningen för återansökningar, så att handläggaren bara fattar beslut och ägnar sig åt avvikelserna. ' +
        'Det frigör uppskattningsvis 4 000 timmar per år som kan läggas på att stötta hushållen mot egen försörjning.',
      departmentCode: 'SOC',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['EFFEKTIV', 'NARING', 'ARBGIV'],
      requestedAmount: 1_650_000,
    },
    {
      title: 'Digital frånvarohantering i grundskolan',
      description:
        'Vårdnadshavare anmäler frånvaro genom att ringa eller skicka sms till skolans expedition, som sedan för in uppgifterna för hand. ' +
        'Upprepad frånvaro upptäcks ofta sent, och uppföljningen skiljer sig mellan skolorna. ' +
        'Vi vill att vårdnadshavare anmäler frånvaro i en e-tjänst som är kopplad till skolans system, och att mentorn automatiskt får en signal vid oroande frånvaromönster. ' +
        'Det minskar administrationen på skolornas expeditioner med cirka 3 000 timmar per år och gör att elever med ökande frånvaro får stöd tidigare.',
      departmentCode: 'BUF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['LARANDE', 'EFFEKTIV'],
      requestedAmount: 650_000,
    },
    {
      title: 'Digitala läromedel i årskurs 4–9',
      description:
        'Skolorna köper i dag digitala läromedel var för sig, vilket ger stora skillnader mellan skolor och höga kostnader för enstaka licenser. ' +
        'Många läromedel saknar inloggning via kommunens gemensamma identitetslösning, så lärarna lägger tid på att administrera konton. ' +
        'Vi vill teckna gemensamma avtal för digitala läromedel i kärnämnena och koppla dem till skolans identitetslösning och lärplattform. ' +
        'Det ger likvärdig tillgång för alla elever, bättre stöd för elever med läs- och skrivsvårigheter och lägre licenskostnader per elev.',
      departmentCode: 'BUF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['LARANDE'],
      requestedAmount: 1_250_000,
    },
    {
      title: 'Automatiserad placering i förskolekön',
      description:
        'Förskolekön med omkring 2 200 ansökningar per år hanteras i dag med stöd av kalkylblad och manuella kontroller mot placeringsreglerna. ' +
        'Det tar två handläggare stor del av våren att fördela platser, och vårdnadshavare får besked sent. ' +
        'Vi vill låta systemet föreslå placeringar automatiskt utifrån regler, önskemål och lediga platser, och skicka erbjudanden digitalt. ' +
        'Det förkortar tiden till besked med flera veckor och gör placeringarna mer rättssäkra och lättare att förklara.',
      departmentCode: 'BUF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['LARANDE', 'EFFEKTIV', 'TRYGG'],
      requestedAmount: 640_000,
    },
    {
      title: 'Digital tillsyn nattetid i hemtjänsten',
      description:
        'Hemtjänsten gör i dag omkring 90 tillsynsbesök per natt, och många brukare upplever att besöken stör sömnen. ' +
        'Nattpatrullen kör långa sträckor mellan besöken och det är svårt att rekrytera personal till natten. ' +
        'Vi vill erbjuda digital tillsyn med nattkamera till de brukare som vill, där personalen tittar in via en krypterad bild vid bestämda tider. ' +
        'Erfarenheter från andra kommuner visar att en tredjedel av besöken kan ersättas, vilket ger bättre nattsömn för brukarna, färre körda mil och en tryggare arbetssituation.',
      departmentCode: 'VOF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['HALSA', 'ARBGIV', 'MILJO'],
      requestedAmount: 980_000,
    },
    {
      title: 'Läkemedelsrobotar för brukare i ordinärt boende',
      description:
        'Omkring 400 brukare får hjälp med läkemedel av hemtjänsten, ofta flera gånger per dag, och läkemedelsavvikelser är den vanligaste typen av avvikelse. ' +
        'Besöken är korta men många och binder personal på fasta tider. ' +
        'Vi vill införa läkemedelsrobotar som påminner brukaren och delar ut rätt dos vid rätt tid, och larmar om en dos inte tas. ' +
        'Målet är att 100 brukare använder robot efter ett år, vilket minskar antalet besök med cirka 50 000 per år och ger brukarna större självständighet.',
      departmentCode: 'VOF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['HALSA', 'ARBGIV'],
      requestedAmount: 850_000,
    },
    {
      title: 'Ruttoptimerad planering i hemtjänsten',
      description:
        'Planerarna i hemtjänsten lägger scheman för cirka 1 600 besök per dag med hjälp av whiteboardtavlor och ett äldre planeringssystem. ' +
        'Körsträckorna blir onödigt långa och ändringar under dagen når inte alltid personalen i tid. ' +
        'Vi vill införa ett planeringsstöd som optimerar rutter och schemalägger utifrån kontinuitet, kompetens och restid, med besked direkt i personalens mobil. ' +
        'Det förväntas minska körsträckan med 15 procent, frigöra planeringstid och ge brukarna färre olika personer i hemmet.',
      departmentCode: 'VOF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['HALSA', 'MILJO', 'EFFEKTIV'],
      requestedAmount: 900_000,
    },
    {
      title: 'IoT-sensorer för inomhusklimat och energi i kommunala fastigheter',
      description:
        'Kommunen förvaltar omkring 150 skolor, förskolor och äldreboenden, men har mätning av temperatur och luftkvalitet i bara ett fåtal av dem. ' +
        'Fel upptäcks först när verksamheten klagar, och ventilation och värme går ofta på full effekt i tomma lokaler. ' +
        'Vi vill installera trådlösa sensorer för temperatur, koldioxid och närvaro och koppla dem till fastighetssystemet, så att styrningen kan anpassas efter verkligt behov. ' +
        'Målet är att minska energianvändningen i berörda byggnader med 8 procent och att åtgärda problem med inomhusklimatet innan de påverkar barn och personal.',
      departmentCode: 'TKF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['MILJO', 'EFFEKTIV', 'ARBGIV'],
      requestedAmount: 1_300_000,
    },
    {
      title: 'Digital felanmälan med kartstöd för gata och park',
      description:
        'Invånare anmäler trasig gatubelysning, potthål och nedskräpning via telefon och e-post, omkring 9 000 ärenden per år. ' +
        'Anmälningarna saknar ofta exakt plats, och den som anmält får sällan veta vad som händer. ' +
        'Vi vill införa en e-tjänst där invånaren markerar platsen på en karta, bifogar en bild och får återkoppling när felet är åtgärdat. ' +
        'Det ger snabbare åtgärder, färre samtal till kontaktcenter och underlag för att planera underhållet där behoven är störst.',
      departmentCode: 'TKF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['TRYGG', 'EFFEKTIV'],
      requestedAmount: 480_000,
    },
    {
      title: 'Gemensamt bokningssystem för lokaler och idrottsanläggningar',
      description:
        'Sporthallar, skollokaler och samlingslokaler bokas i dag i tre olika system och genom mejl till respektive förvaltning. ' +
        'Föreningar och privatpersoner har svårt att se vad som är ledigt, och fakturering sker manuellt i efterhand. ' +
        'Vi vill införa ett gemensamt bokningssystem med e-tjänst, digitala lås och automatisk fakturering. ' +
        'Det förväntas öka beläggningen i lokalerna med 10 procent, frigöra omkring 1 500 administrativa timmar per år och göra det enklare för föreningslivet.',
      departmentCode: 'KFF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['TRYGG', 'HALSA', 'EFFEKTIV'],
      requestedAmount: 860_000,
    },
    {
      title: 'Meröppna bibliotek med digitalt lånekort',
      description:
        'Kommunens fem bibliotek har öppet omkring 40 timmar i veckan, och filialerna har begränsade öppettider på kvällar och helger. ' +
        'Många invånare, särskilt studerande och yrkesarbetande, kan inte besöka biblioteket när det är bemannat. ' +
        'Vi vill införa digitalt lånekort och passagesystem så att biblioteken kan hålla meröppet med självservice utanför bemannade tider. ' +
        'Målet är att öppettiderna i filialerna fördubblas utan ökade personalkostnader och att antalet besök ökar med 20 procent.',
      departmentCode: 'KFF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['LARANDE', 'TRYGG'],
      requestedAmount: 380_000,
    },
    {
      title: 'Digital validering och studievägledning i vuxenutbildningen',
      description:
        'Vuxenutbildningen tar emot omkring 3 000 ansökningar per termin, och studievägledarna bokar in varje sökande för ett fysiskt möte. ' +
        'Tidigare kunskaper och yrkeserfarenhet kartläggs med pappersblanketter, vilket gör valideringen långsam. ' +
        'Vi vill införa en digital vägledningstjänst med självskattning, digital validering och möjlighet till videomöte. ' +
        'Det förkortar tiden till studiestart, gör att fler kan få tidigare kunskaper tillgodoräknade och frigör tid för de sökande som behöver mest stöd.',
      departmentCode: 'AVF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['LARANDE', 'NARING'],
      requestedAmount: 720_000,
    },
    {
      title: 'Digital matchning mellan arbetssökande och arbetsgivare',
      description:
        'Arbetsmarknadsenheten har omkring 900 deltagare i insatser, och matchningen mot praktikplatser och arbetsgivare sker via kalkylblad och personliga kontakter. ' +
        'Det är svårt att få överblick över lediga platser och deltagarnas kompetens, och uppföljningen av resultaten är bristfällig. ' +
        'Vi vill införa en matchningsplattform där deltagarnas kompetenser och arbetsgivarnas behov registreras och matchas, med uppföljning av vilka insatser som leder till arbete. ' +
        'Målet är att fler deltagare går vidare till arbete eller studier och att kortare tid i insats minskar kostnaderna för försörjningsstöd.',
      departmentCode: 'AVF',
      fundRoundCode: 'DP2027',
      goalAreaCodes: ['NARING', 'LARANDE', 'EFFEKTIV'],
      requestedAmount: 760_000,
    },
  ],
  // one account per role (password `demo`, demo data only); a second applicant in another department
  users: [
    { email: 'sokande@demo.example', displayName: 'Sara Sökande', roles: [{ role: 'APPLICANT', departmentCode: 'BUF' }] },
    { email: 'sokande.soc@demo.example', displayName: 'Samir Sökande', roles: [{ role: 'APPLICANT', departmentCode: 'SOC' }] },
    { email: 'forvaltningschef@demo.example', displayName: 'Frida Förvaltningschef', roles: [{ role: 'DEPARTMENT_HEAD', departmentCode: 'BUF' }] },
    { email: 'portfoljkontor@demo.example', displayName: 'Per Portföljkontor', roles: [{ role: 'PORTFOLIO_ANALYST' }] },
    { email: 'ledningsgrupp@demo.example', displayName: 'Lena Ledningsgrupp', roles: [{ role: 'MANAGEMENT_GROUP' }] },
    { email: 'kommundirektor@demo.example', displayName: 'Karin Kommundirektör', roles: [{ role: 'DECISION_MAKER' }] },
    { email: 'objektagare@demo.example', displayName: 'Omar Objektägare', roles: [{ role: 'OBJECT_OWNER' }] },
    { email: 'revisor@demo.example', displayName: 'Rut Revisor', roles: [{ role: 'AUDITOR' }] },
    { email: 'admin@demo.example', displayName: 'Adam Administratör', roles: [{ role: 'ADMINISTRATOR' }] },
  ],
};
