import type { DemoData } from './types.js';

/**
 * Demo data for Digitaliseringsportföljen: a plausible Swedish municipality with its departments
 * (förvaltningar), the goal areas (målområden) of its "Mål och budget", two rounds of the
 * digitalisation fund (digitaliseringspotten) and the applications (ansökningar) to them.
 *
 * The applications for 2027 together ask for clearly more than the round's budget, so that
 * prioritisation is meaningful. They are complete applications (contact, nuläge, problem, önskat
 * läge, effekter, risker, beroenden, tidplan, informationsklassning) at different points in the
 * process: about half are PREPARED, the rest SUBMITTED, IN_PREPARATION, AWAITING_ANCHORING or
 * DRAFT; drafts may leave fields empty. Contact addresses use the reserved domain demo.example.
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
      status: 'PREPARED',
      contactName: 'Maria Lindqvist',
      contactEmail: 'maria.lindqvist@demo.example',
      currentSituation:
        'Kontaktcenter tar emot cirka 180 000 samtal och 40 000 e-postmeddelanden per år. Ungefär hälften gäller frågor som redan besvaras på webbplatsen, till exempel om avfallshämtning, skolval och bygglov.',
      problem:
        'Under högsäsong väntar invånarna i snitt elva minuter i telefon. Medarbetarna hinner inte med de mer komplexa ärendena eftersom samma enkla frågor besvaras om och om igen.',
      desiredSituation:
        'Invånarna får svar på vanliga frågor dygnet runt i en AI-baserad chatt på webbplatsen. Chatten lämnar över till en handläggare när frågan är komplicerad eller när invånaren ber om det.',
      expectedEffects:
        '30 procent av de enkla frågorna besvaras utan handläggare, vilket motsvarar ungefär 6 000 frigjorda timmar per år. Väntetiden i telefon under högsäsong halveras.',
      risks:
        'Chatten kan ge felaktiga eller ofullständiga svar om kunskapsbasen inte hålls aktuell. Kommunen blir beroende av leverantören av språkmodellen, och invånare kan skriva in känsliga personuppgifter i chatten.',
      dependencies:
        'Förutsätter en uppdaterad kunskapsbas från webbplatsen och integration med det befintliga ärendesystemet för överlämning till handläggare. Kräver ett personuppgiftsbiträdesavtal med leverantören.',
      coFinancing: 300_000,
      plannedStart: '2027-02-01',
      plannedEnd: '2027-12-31',
      handlesPersonalData: true,
      confidentialityLevel: 2,
      integrityLevel: 2,
      availabilityLevel: 2,
      dpiaStatus: 'DONE',
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
      status: 'PREPARED',
      contactName: 'Johan Bergström',
      contactEmail: 'johan.bergstrom@demo.example',
      currentSituation:
        'Kommunen tar emot omkring 95 000 leverantörsfakturor per år. Fakturor som saknar referens eller har fel belopp kontrolleras och konteras för hand av ekonomiadministratörerna.',
      problem:
        'Den rutinmässiga matchningen mot beställningar och avtal tar cirka 4 500 timmar per år. Fakturor blir liggande, vilket ger påminnelseavgifter och gör det svårt att följa upp avtalstroheten.',
      desiredSituation:
        'En mjukvarurobot matchar fakturor mot order och avtal, konterar standardfakturor och flaggar avvikelser. Ekonomiadministratörerna hanterar bara de fakturor som roboten inte klarar själv.',
      expectedEffects:
        'Minst 2 500 timmar per år frigörs och påminnelseavgifterna minskar. Avtalstroheten kan följas upp löpande i stället för genom stickprov.',
      risks:
        'Roboten är känslig för förändringar i ekonomisystemet och kan sluta fungera vid uppgraderingar. Ekonomiadministratörernas arbetsuppgifter förändras, vilket kräver förändringsledning och kompetensutveckling.',
      dependencies:
        'Kräver integration med ekonomisystemet och e-handelssystemet samt tillgång till kommunens avtalsdatabas. Bygger på IT-enhetens befintliga plattform för robotiserad processautomation.',
      coFinancing: 150_000,
      plannedStart: '2027-03-01',
      plannedEnd: '2027-11-30',
      handlesPersonalData: false,
      confidentialityLevel: 2,
      integrityLevel: 3,
      availabilityLevel: 2,
      dpiaStatus: 'NOT_REQUIRED',
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
      status: 'PREPARED',
      contactName: 'Annika Holm',
      contactEmail: 'annika.holm@demo.example',
      currentSituation:
        'Handlingar som ska bevaras finns i ett tjugotal verksamhetssystem och i pappersarkiv på olika förvaltningar. Flera gamla system hålls i drift enbart för att handlingarna inte ska gå förlorade.',
      problem:
        'När system avvecklas riskerar kommunen att förlora allmänna handlingar och bryta mot arkivlagen. Licenserna för system som bara finns kvar för arkivets skull kostar omkring 900 000 kronor per år.',
      desiredSituation:
        'Kommunen har ett gemensamt e-arkiv enligt FGS-standarden som tar emot leveranser från verksamhetssystemen. Handlingarna är sökbara för medarbetare, invånare och forskare.',
      expectedEffects:
        'Minst tre äldre system kan stängas under 2028, vilket sparar omkring 500 000 kronor per år i licenser. Kommunen följer arkivlagen och begäran om äldre handlingar kan besvaras snabbare.',
      risks:
        'Leveranserna från äldre system kan bli dyrare än beräknat om data är ofullständiga eller saknar dokumentation. E-arkivet ger ett långsiktigt leverantörsberoende och innehåller känsliga uppgifter som kräver hög informationssäkerhet.',
      dependencies:
        'Förutsätter uppdaterade informationshanteringsplaner och att leverantörerna av de system som avvecklas kan exportera data. Kräver integration med ärendesystemet och med tjänsten för digital signering.',
      coFinancing: 400_000,
      plannedStart: '2027-01-15',
      plannedEnd: '2028-06-30',
      handlesPersonalData: true,
      confidentialityLevel: 3,
      integrityLevel: 3,
      availabilityLevel: 2,
      dpiaStatus: 'DONE',
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
      status: 'SUBMITTED',
      contactName: 'Erik Nyström',
      contactEmail: 'erik.nystrom@demo.example',
      currentSituation: 'Avtal, delegationsbeslut och protokoll skrivs ut, signeras för hand, skannas och skickas med internpost.',
      problem:
        'Ett avtal tar i snitt nio dagar från färdigt förslag till att alla parter har skrivit under. Det är svårt att i efterhand se vem som har undertecknat vad.',
      desiredSituation:
        'Avtal, beslut och protokoll undertecknas med avancerad elektronisk underskrift direkt från ärendehanteringen. Signerade handlingar förs automatiskt över till e-arkivet.',
      expectedEffects:
        'Ledtiden för avtal kortas från nio till under två dagar. Utskrifterna minskar med uppskattningsvis 30 000 sidor per år och det blir lätt att se vem som har undertecknat.',
      risks:
        'Externa parter kan sakna e-legitimation, vilket kräver en alternativ rutin. Om tjänsten inte införs i alla förvaltningar samtidigt finns risk att handlingar fortsätter att signeras på papper.',
      dependencies:
        'Kräver e-legitimation för medarbetare och förtroendevalda samt integration med ärendesystemet. Bör samordnas med införandet av det kommungemensamma e-arkivet.',
      coFinancing: 0,
      plannedStart: '2027-02-01',
      plannedEnd: '2027-09-30',
      handlesPersonalData: true,
      confidentialityLevel: 2,
      integrityLevel: 3,
      availabilityLevel: 2,
      dpiaStatus: 'IN_PROGRESS',
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
      status: 'PREPARED',
      contactName: 'Lars Ekström',
      contactEmail: 'lars.ekstrom@demo.example',
      currentSituation:
        'Bygglovsenheten tar emot cirka 1 400 ansökningar per år. Mer än hälften kommer på papper eller som inskannade ritningar via e-post och registreras för hand i ärendesystemet.',
      problem:
        'Sju av tio ansökningar är ofullständiga när de kommer in. Det ger många kompletteringar och långa handläggningstider, och privatpersoner och företag får vänta på besked.',
      desiredSituation:
        'Den sökande lämnar in ansökan och ritningar i en e-tjänst som guidar steg för steg och kontrollerar att rätt handlingar är bifogade. Ärendet skapas direkt i ärendesystemet utan manuell registrering.',
      expectedEffects:
        'Andelen kompletta ansökningar ökar från 30 till 60 procent och den genomsnittliga handläggningstiden kortas med två veckor. Registreringen av ärenden minskar med cirka 700 timmar per år.',
      risks:
        'Leverantören av ärendesystemet har begränsad kapacitet för integrationer, vilket kan försena projektet. Sökande som inte kan använda digitala tjänster måste fortfarande kunna lämna in på papper.',
      dependencies:
        'Kräver e-legitimation, integration med bygglovssystemet via kommunens integrationsplattform och tillgång till fastighetsuppgifter från Lantmäteriet.',
      coFinancing: 250_000,
      plannedStart: '2027-03-01',
      plannedEnd: '2028-02-29',
      handlesPersonalData: true,
      confidentialityLevel: 2,
      integrityLevel: 2,
      availabilityLevel: 2,
      dpiaStatus: 'NOT_REQUIRED',
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
      status: 'IN_PREPARATION',
      contactName: 'Sofia Wallin',
      contactEmail: 'sofia.wallin@demo.example',
      currentSituation:
        'Detaljplaner, adresser, miljömätningar och tillsynsobjekt finns i interna system. Uppgifterna lämnas ut på begäran, omkring 600 gånger per år.',
      problem:
        'Varje utlämnande tar handläggartid, och företag och forskare får vänta på data som redan är offentliga. Kommunen lever inte fullt ut upp till lagen om öppna data.',
      desiredSituation:
        'Datamängderna publiceras som öppna data med fri licens och ett maskinläsbart gränssnitt och uppdateras automatiskt från källsystemen. De går också att hitta via den nationella dataportalen.',
      expectedEffects:
        'Förfrågningarna om utlämnande minskar med minst 70 procent, vilket frigör omkring 400 handläggartimmar per år. Näringslivet och forskare får snabbare tillgång till data.',
      risks:
        'Uppgifter som omfattas av sekretess eller innehåller personuppgifter kan publiceras av misstag om granskningen brister. Datakvaliteten i källsystemen varierar, vilket kan leda till felaktiga data.',
      dependencies:
        'Kräver integration med GIS-systemet och med systemet för miljötillsyn via integrationsplattformen. Bygger på kommunens riktlinje för öppna data.',
      coFinancing: 100_000,
      plannedStart: '2027-04-01',
      plannedEnd: '2027-12-15',
      handlesPersonalData: false,
      confidentialityLevel: 1,
      integrityLevel: 2,
      availabilityLevel: 2,
      dpiaStatus: 'NOT_REQUIRED',
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
      status: 'PREPARED',
      contactName: 'Amira Hassan',
      contactEmail: 'amira.hassan@demo.example',
      currentSituation:
        'Den som söker försörjningsstöd fyller i en pappersblankett varje månad och lämnar kopior på kontoutdrag, hyresavier och andra underlag. Handläggarna registrerar uppgifterna för hand.',
      problem:
        'Handläggarna lägger mycket tid på registrering och på att begära in underlag som saknas. De sökande får vänta på beslut och behöver ofta besöka kontoret.',
      desiredSituation:
        'Den sökande loggar in med e-legitimation, ansöker och bifogar underlag digitalt. Uppgifterna förs direkt över till verksamhetssystemet och den sökande kan följa sitt ärende.',
      expectedEffects:
        '70 procent av de cirka 14 000 ansökningarna per år görs digitalt och tiden från ansökan till beslut halveras. Registreringsarbetet minskar med uppskattningsvis 2 000 timmar per år.',
      risks:
        'Alla sökande har inte e-legitimation eller vana vid digitala tjänster, så det måste fortfarande gå att ansöka på papper. Fel i integrationen med verksamhetssystemet kan få allvarliga följder eftersom uppgifterna är känsliga.',
      dependencies:
        'Kräver e-legitimation och integration med socialtjänstens verksamhetssystem via integrationsplattformen. Är en förutsättning för automatiserad handläggning av återansökningar.',
      coFinancing: 200_000,
      plannedStart: '2027-01-15',
      plannedEnd: '2027-12-31',
      handlesPersonalData: true,
      confidentialityLevel: 3,
      integrityLevel: 3,
      availabilityLevel: 2,
      dpiaStatus: 'DONE',
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
      status: 'AWAITING_ANCHORING',
      contactName: 'Henrik Sandberg',
      contactEmail: 'henrik.sandberg@demo.example',
      currentSituation:
        'Omkring 80 procent av ansökningarna om försörjningsstöd är återansökningar från hushåll vars situation inte har förändrats. Handläggarna kontrollerar ändå varje månad uppgifter för hand mot Försäkringskassan, Skatteverket och a-kassan.',
      problem:
        'Kontrollerna tar cirka 25 minuter per ärende och tar tid från arbetet med att stötta hushållen mot egen försörjning. Den manuella hanteringen ger också risk för räknefel och olika bedömningar.',
      desiredSituation:
        'Kontroller och beräkning för återansökningar sker automatiskt, och handläggaren fattar beslut och hanterar avvikelserna. Automatiseringen är dokumenterad och går att granska i efterhand.',
      expectedEffects:
        'Uppskattningsvis 4 000 timmar per år frigörs och läggs på att stötta hushållen mot egen försörjning. Besluten blir mer enhetliga och kommer snabbare.',
      risks:
        'Automatisering i myndighetsutövning ställer höga krav på rättssäkerhet, dokumentation och insyn. Medarbetare kan känna oro för förändrade arbetsuppgifter, vilket kräver förändringsledning.',
      dependencies:
        'Förutsätter att digital ansökan om försörjningsstöd är införd. Kräver uppgifter från Försäkringskassan, Skatteverket och a-kassorna via SSBTEK och integration med verksamhetssystemet.',
      coFinancing: 300_000,
      plannedStart: '2027-09-01',
      plannedEnd: '2028-08-31',
      handlesPersonalData: true,
      confidentialityLevel: 3,
      integrityLevel: 3,
      availabilityLevel: 2,
      dpiaStatus: 'IN_PROGRESS',
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
      status: 'PREPARED',
      contactName: 'Emma Lundgren',
      contactEmail: 'emma.lundgren@demo.example',
      currentSituation:
        'Vårdnadshavare anmäler frånvaro genom att ringa eller skicka sms till skolans expedition. Personalen för sedan in uppgifterna för hand i skolans system.',
      problem:
        'Hanteringen tar mycket tid på expeditionerna och uppgifterna kan bli fel eller komma in sent. Upprepad frånvaro upptäcks ofta för sent och uppföljningen skiljer sig mellan skolorna.',
      desiredSituation:
        'Vårdnadshavare anmäler frånvaro i en e-tjänst som är kopplad till skolans system. Mentorn får automatiskt en signal vid oroande frånvaromönster och alla skolor följer samma rutin.',
      expectedEffects:
        'Administrationen på expeditionerna minskar med cirka 3 000 timmar per år. Elever med ökande frånvaro får stöd tidigare, och målet är att den långvariga frånvaron minskar med 20 procent på tre år.',
      risks:
        'Signaler om frånvaro kan uppfattas som övervakning om syftet inte förklaras tydligt för elever och vårdnadshavare. Alla skolor behöver ändra sina rutiner, vilket kräver förändringsledning.',
      dependencies:
        'Kräver e-legitimation för vårdnadshavare och integration med det skoladministrativa systemet. Uppgifter om vårdnadshavare hämtas från folkbokföringen.',
      coFinancing: 100_000,
      plannedStart: '2027-01-11',
      plannedEnd: '2027-08-15',
      handlesPersonalData: true,
      confidentialityLevel: 2,
      integrityLevel: 3,
      availabilityLevel: 2,
      dpiaStatus: 'DONE',
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
      status: 'SUBMITTED',
      contactName: 'Mikael Forsberg',
      contactEmail: 'mikael.forsberg@demo.example',
      currentSituation:
        'Skolorna köper digitala läromedel var för sig. Det ger stora skillnader mellan skolorna och höga kostnader för enstaka licenser.',
      problem:
        'Många läromedel saknar inloggning via kommunens gemensamma identitetslösning, så lärarna lägger tid på att administrera konton. Eleverna får olika tillgång till läromedel beroende på vilken skola de går i.',
      desiredSituation:
        'Kommunen har gemensamma avtal för digitala läromedel i kärnämnena i årskurs 4–9. Läromedlen nås med samma inloggning som lärplattformen.',
      expectedEffects:
        'Alla elever i årskurs 4–9 får likvärdig tillgång till digitala läromedel och bättre stöd vid läs- och skrivsvårigheter. Licenskostnaden per elev beräknas minska med 25 procent.',
      risks:
        'Lärarna behöver tid och stöd för att ändra sin undervisning, annars används läromedlen inte fullt ut. Förlagen kan behandla elevernas uppgifter på sätt som inte följer dataskyddsförordningen.',
      dependencies:
        'Kräver att läromedlen stöder kommunens identitetslösning och kan kopplas till lärplattformen. Upphandlingen samordnas med inköpsenheten.',
      coFinancing: 500_000,
      plannedStart: '2027-06-01',
      plannedEnd: '2028-06-30',
      handlesPersonalData: true,
      confidentialityLevel: 2,
      integrityLevel: 2,
      availabilityLevel: 2,
      dpiaStatus: 'IN_PROGRESS',
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
      status: 'PREPARED',
      contactName: 'Linnea Åberg',
      contactEmail: 'linnea.aberg@demo.example',
      currentSituation:
        'Förskolekön med omkring 2 200 ansökningar per år hanteras med stöd av kalkylblad och manuella kontroller mot placeringsreglerna.',
      problem:
        'Det tar två handläggare stor del av våren att fördela platserna, och vårdnadshavare får besked sent. Manuella bedömningar gör det svårt att förklara varför ett barn har fått en viss plats.',
      desiredSituation:
        'Systemet föreslår placeringar automatiskt utifrån regler, önskemål och lediga platser, och handläggaren granskar och fastställer förslagen. Erbjudanden skickas och besvaras digitalt.',
      expectedEffects:
        'Vårdnadshavare får besked om plats tre till fyra veckor tidigare än i dag. Omkring 600 handläggartimmar frigörs per år och placeringarna blir enhetliga och lätta att förklara.',
      risks:
        'Ett fel i reglerna i systemet kan ge felaktiga placeringar för många barn samtidigt. Leverantören av systemet för barn- och elevregister styr tidplanen för de funktioner som behövs.',
      dependencies:
        'Kräver att placeringsfunktionen i det befintliga systemet för barn- och elevregister aktiveras och kopplas till e-tjänsten för förskoleansökan. Vårdnadshavare loggar in med e-legitimation.',
      coFinancing: 80_000,
      plannedStart: '2027-02-01',
      plannedEnd: '2027-10-31',
      handlesPersonalData: true,
      confidentialityLevel: 2,
      integrityLevel: 3,
      availabilityLevel: 2,
      dpiaStatus: 'DONE',
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
      status: 'PREPARED',
      contactName: 'Helena Strand',
      contactEmail: 'helena.strand@demo.example',
      currentSituation: 'Hemtjänsten gör omkring 90 tillsynsbesök per natt. Nattpatrullen kör långa sträckor mellan besöken.',
      problem:
        'Många brukare upplever att besöken stör sömnen. Det är svårt att rekrytera personal till natten och restiden tar en stor del av arbetstiden.',
      desiredSituation:
        'Brukare som vill får digital tillsyn med nattkamera, där personalen tittar in via en krypterad bild vid bestämda tider. Personalen gör fysiska besök när brukaren behöver det eller när tillsynen visar att något har hänt.',
      expectedEffects:
        'En tredjedel av nattens tillsynsbesök ersätts med digital tillsyn, vilket ger brukarna bättre nattsömn. Körsträckan minskar med uppskattningsvis 25 000 kilometer per år.',
      risks:
        'Avbrott i uppkopplingen kan göra att en tillsyn missas, så det behövs tydliga reservrutiner. Brukare och anhöriga kan känna oro för den personliga integriteten, vilket kräver tydlig information och frivillighet.',
      dependencies:
        'Kräver stabil mobil uppkoppling hos brukarna, integration med verksamhetssystemet för biståndsbeslut och samordning med den gemensamma larmmottagningen.',
      coFinancing: 200_000,
      plannedStart: '2027-03-01',
      plannedEnd: '2028-02-28',
      handlesPersonalData: true,
      confidentialityLevel: 3,
      integrityLevel: 3,
      availabilityLevel: 3,
      dpiaStatus: 'DONE',
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
      status: 'IN_PREPARATION',
      contactName: 'Ahmed Karimi',
      contactEmail: 'ahmed.karimi@demo.example',
      currentSituation:
        'Omkring 400 brukare får hjälp med läkemedel av hemtjänsten, ofta flera gånger per dag. Läkemedelsavvikelser är den vanligaste typen av avvikelse.',
      problem:
        'Besöken är korta men många och binder personal på fasta tider. Brukarna är beroende av att personalen kommer i tid för att få sina läkemedel.',
      desiredSituation:
        'Brukare som kan och vill har en läkemedelsrobot som påminner och delar ut rätt dos vid rätt tid. Roboten larmar hemtjänsten om en dos inte tas.',
      expectedEffects:
        '100 brukare använder robot efter ett år, vilket minskar antalet besök med cirka 50 000 per år. Läkemedelsavvikelserna minskar och brukarna blir mer självständiga.',
      risks:
        'Roboten passar inte alla brukare, och en felaktig bedömning kan leda till att doser missas. Samarbetet med regionen om ordination och dosdispensering måste fungera för att roboten ska kunna fyllas på säkert.',
      dependencies:
        'Kräver samverkan med regionen och apoteksaktören om dosdispenserade läkemedel. Larm från roboten ska tas emot av den gemensamma larmmottagningen.',
      coFinancing: 150_000,
      plannedStart: '2027-04-01',
      plannedEnd: '2028-03-31',
      handlesPersonalData: true,
      confidentialityLevel: 3,
      integrityLevel: 4,
      availabilityLevel: 3,
      dpiaStatus: 'IN_PROGRESS',
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
      status: 'PREPARED',
      contactName: 'Petra Nilsson',
      contactEmail: 'petra.nilsson@demo.example',
      currentSituation:
        'Planerarna i hemtjänsten lägger scheman för cirka 1 600 besök per dag med hjälp av whiteboardtavlor och ett äldre planeringssystem.',
      problem:
        'Körsträckorna blir onödigt långa och ändringar under dagen når inte alltid personalen i tid. Brukarna möter många olika personer, vilket påverkar tryggheten.',
      desiredSituation:
        'Ett planeringsstöd optimerar rutter och scheman utifrån kontinuitet, kompetens och restid. Personalen får besked om ändringar direkt i mobilen.',
      expectedEffects:
        'Körsträckan minskar med 15 procent och planerarna frigör omkring 2 000 timmar per år. Antalet olika medarbetare som besöker en brukare under två veckor minskar från 15 till 10.',
      risks:
        'Personalen kan uppleva att systemet styr planeringen för mycket, vilket kräver delaktighet och förändringsledning. Det äldre planeringssystemet måste avvecklas, och dubbel drift under övergången är kostsam.',
      dependencies:
        'Kräver integration med verksamhetssystemet för biståndsbeslut och med tidrapporteringen. Personalen behöver tjänstemobiler med säker inloggning.',
      coFinancing: 250_000,
      plannedStart: '2027-01-15',
      plannedEnd: '2027-12-15',
      handlesPersonalData: true,
      confidentialityLevel: 3,
      integrityLevel: 3,
      availabilityLevel: 3,
      dpiaStatus: 'DONE',
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
      status: 'PREPARED',
      contactName: 'Fredrik Olsson',
      contactEmail: 'fredrik.olsson@demo.example',
      currentSituation:
        'Kommunen förvaltar omkring 150 skolor, förskolor och äldreboenden men mäter temperatur och luftkvalitet i bara ett fåtal av dem.',
      problem:
        'Fel upptäcks först när verksamheten klagar. Ventilation och värme går ofta på full effekt i tomma lokaler, vilket slösar energi.',
      desiredSituation:
        'Trådlösa sensorer för temperatur, koldioxid och närvaro är kopplade till fastighetssystemet. Värme och ventilation styrs efter verkligt behov och fel larmar automatiskt.',
      expectedEffects:
        'Energianvändningen i berörda byggnader minskar med 8 procent, vilket motsvarar cirka 1,2 miljoner kronor per år. Problem med inomhusklimatet åtgärdas innan de påverkar barn och personal.',
      risks:
        'Uppkopplade sensorer ökar risken för it-angrepp om de inte skyddas i ett eget nät. Kommunen kan bli beroende av en leverantör om sensorerna bara fungerar med en viss plattform.',
      dependencies:
        'Kräver ett eget nät för uppkopplade enheter (LoRaWAN) och integration med fastighetssystemet och styrsystemen för värme och ventilation. Närvarosensorerna räknar bara antal och registrerar inga personuppgifter.',
      coFinancing: 400_000,
      plannedStart: '2027-03-01',
      plannedEnd: '2028-06-30',
      handlesPersonalData: false,
      confidentialityLevel: 1,
      integrityLevel: 2,
      availabilityLevel: 2,
      dpiaStatus: 'NOT_REQUIRED',
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
      status: 'AWAITING_ANCHORING',
      contactName: 'Oskar Lindberg',
      contactEmail: 'oskar.lindberg@demo.example',
      currentSituation:
        'Invånare anmäler trasig gatubelysning, potthål och nedskräpning via telefon och e-post, omkring 9 000 ärenden per år.',
      problem:
        'Anmälningarna saknar ofta exakt plats, så personalen får leta eller ringa tillbaka. Den som har anmält får sällan veta vad som händer med ärendet.',
      desiredSituation:
        'Invånaren markerar platsen på en karta, bifogar en bild och får besked när felet är åtgärdat. Anmälan går direkt till driftens system för arbetsorder.',
      expectedEffects:
        'Felen åtgärdas snabbare och samtalen till kontaktcenter om gata och park minskar med 40 procent. Statistiken ger underlag för att planera underhållet där behoven är störst.',
      risks:
        'Bilder kan visa personer eller registreringsnummer som måste hanteras enligt dataskyddsförordningen. Om återkopplingen inte fungerar kan invånarnas förtroende för tjänsten minska.',
      dependencies: 'Kräver kartunderlag från GIS-systemet och integration med systemet för arbetsorder via integrationsplattformen.',
      coFinancing: 50_000,
      plannedStart: '2027-04-01',
      plannedEnd: '2027-11-30',
      handlesPersonalData: true,
      confidentialityLevel: 2,
      integrityLevel: 2,
      availabilityLevel: 2,
      dpiaStatus: 'NOT_STARTED',
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
      status: 'SUBMITTED',
      contactName: 'Ida Holmberg',
      contactEmail: 'ida.holmberg@demo.example',
      currentSituation:
        'Sporthallar, skollokaler och samlingslokaler bokas i tre olika system och genom mejl till respektive förvaltning. Faktureringen sker manuellt i efterhand.',
      problem:
        'Föreningar och privatpersoner har svårt att se vad som är ledigt, och lokaler står tomma trots att det finns efterfrågan. Den manuella hanteringen tar mycket administrativ tid.',
      desiredSituation:
        'Alla bokningsbara lokaler finns i ett gemensamt bokningssystem med e-tjänst. Bokningen ger tillgång via digitala lås och faktureringen sker automatiskt.',
      expectedEffects:
        'Beläggningen i lokalerna ökar med 10 procent och omkring 1 500 administrativa timmar frigörs per år. Föreningarna får en enklare kontakt med kommunen.',
      risks:
        'Föreningar som är vana vid dagens rutiner kan behöva stöd för att komma i gång. Digitala lås kräver investeringar i fastigheterna som kan bli dyrare än beräknat.',
      dependencies:
        'Kräver integration med ekonomisystemet för fakturering och med passagesystemet i fastigheterna. Tekniska förvaltningen behöver installera digitala lås.',
      coFinancing: 200_000,
      plannedStart: '2027-05-01',
      plannedEnd: '2028-04-30',
      handlesPersonalData: true,
      confidentialityLevel: 2,
      integrityLevel: 2,
      availabilityLevel: 2,
      dpiaStatus: 'NOT_STARTED',
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
      status: 'DRAFT',
      contactName: 'Maja Berg',
      contactEmail: 'maja.berg@demo.example',
      currentSituation:
        'Kommunens fem bibliotek har öppet omkring 40 timmar i veckan, och filialerna har korta öppettider på kvällar och helger.',
      problem: 'Många invånare, särskilt studerande och yrkesarbetande, kan inte besöka biblioteket när det är bemannat.',
      desiredSituation: 'Biblioteken har meröppet med självservice utanför bemannade tider, med digitalt lånekort och passagesystem.',
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
      status: 'AWAITING_ANCHORING',
      contactName: 'Nadia Rahimi',
      contactEmail: 'nadia.rahimi@demo.example',
      currentSituation:
        'Vuxenutbildningen tar emot omkring 3 000 ansökningar per termin, och studievägledarna bokar in varje sökande för ett fysiskt möte. Tidigare kunskaper kartläggs med pappersblanketter.',
      problem:
        'Valideringen är långsam och många sökande får vänta flera veckor på att börja studera. Vägledarnas tid räcker inte till för dem som behöver mest stöd.',
      desiredSituation:
        'Den sökande gör en digital självskattning, laddar upp intyg och får vägledning i videomöte när det passar. Valideringen görs digitalt och resultatet förs över till studieadministrationen.',
      expectedEffects:
        'Tiden från ansökan till studiestart kortas med i snitt tre veckor och fler får sina tidigare kunskaper tillgodoräknade. Vägledarna får mer tid för de sökande som behöver mest stöd.',
      risks:
        'Sökande med begränsade kunskaper i svenska eller liten digital vana kan få svårare att använda tjänsten. Det finns få leverantörer av verktyg för validering, vilket ger risk för leverantörsberoende.',
      dependencies:
        'Kräver e-legitimation och integration med det studieadministrativa systemet. Videomöten ska hållas i kommunens godkända mötesverktyg.',
      coFinancing: 120_000,
      plannedStart: '2027-08-01',
      plannedEnd: '2028-06-30',
      handlesPersonalData: true,
      confidentialityLevel: 2,
      integrityLevel: 3,
      availabilityLevel: 2,
      dpiaStatus: 'NOT_STARTED',
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
      status: 'DRAFT',
      contactName: 'Jonas Eriksson',
      contactEmail: 'jonas.eriksson@demo.example',
      currentSituation:
        'Arbetsmarknadsenheten har omkring 900 deltagare i insatser. Matchningen mot praktikplatser och arbetsgivare sker via kalkylblad och personliga kontakter.',
      problem:
        'Det är svårt att få överblick över lediga platser och deltagarnas kompetens, och resultaten av insatserna följs inte upp systematiskt.',
      plannedStart: '2027-09-01',
      handlesPersonalData: true,
    },
  ],
  // one account per role (password `demo`, demo data only); a second applicant in another department
  users: [
    { email: 'sokande@demo.example', displayName: 'Sara Sökande', roles: [{ role: 'APPLICANT', departmentCode: 'BUF' }] },
    { email: 'sokande.soc@demo.example', displayName: 'Samir Sökande', roles: [{ role: 'APPLICANT', departmentCode: 'SOC' }] },
    { email: 'forvaltningschef@demo.example', displayName: 'Frida Förvaltningschef', roles: [{ role: 'DEPARTMENT_HEAD', departmentCode: 'BUF' }] },
    { email: 'portfoljkontor@demo.example', displayName: 'Per Portföljkontor', roles: [{ role: 'PORTFOLIO_ANALYST' }] },
    { email: 'ledningsgrupp@demo.example', displayName: 'Lena Ledningsgrupp', roles: [{ role: 'MANAGEMENT_GROUP' }] },
    { email: 'kommundirektor@demo.example', displayName: 'Karin Kommundirektör', roles: [{ role: 'DECISION_MAKER' }], delegations: ['MUNICIPAL_DIRECTOR'] },
    { email: 'digitaliseringschef@demo.example', displayName: 'Dan Digitaliseringschef', roles: [{ role: 'DECISION_MAKER' }], delegations: ['DIGITALISATION_MANAGER'] },
    { email: 'objektagare@demo.example', displayName: 'Omar Objektägare', roles: [{ role: 'OBJECT_OWNER' }] },
    { email: 'revisor@demo.example', displayName: 'Rut Revisor', roles: [{ role: 'AUDITOR' }] },
    { email: 'admin@demo.example', displayName: 'Adam Administratör', roles: [{ role: 'ADMINISTRATOR' }] },
  ],
};
