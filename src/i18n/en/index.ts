/**
 * Every interface string of the site, in English, in the same shape as the Dutch dictionary
 * (`../nl`). The tools' strings (search and the self-assessments included) are the tools'
 * own: `src/tools/<id>/strings/`.
 */
import type { Dictionary } from '../nl/index';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const en: Dictionary = {
  lang: 'en',
  ogLocale: 'en_GB',
  and: 'and',
  language: {
    name: 'English',
    notTranslated: '(this page is not in English yet: go to the English home page)',
  },
  siteName: 'Advisory playbook',
  /** Under the icon of the installed app: installers cut names longer than about 12 characters. */
  appShortName: 'Playbook',
  siteTagline: 'From doing to advising: a playbook for staff advisers',
  skipToContent: 'Skip to content',
  home: 'Home',
  menu: {
    open: 'Menu',
    label: 'Main navigation',
    close: 'Close menu',
    allChapters: (count: number) => `All ${count} sections of this part`,
    allParts: (count: number) => `All ${count} parts`,
  },
  headingLink: {
    link: (heading: string) => `Link to “${heading}”`,
    copy: (heading: string) => `Copy the link to “${heading}”`,
    copied: 'Link copied',
    failed: 'Copying did not work; the link is now in the address bar.',
  },
  print: {
    onlineAt: 'Online:',
    qrLabel: (title: string) => `QR code with the link to “${title}”`,
  },
  redirect: {
    title: 'This page has moved',
    text: 'You are being taken to the new location.',
    link: 'Go straight to the new page',
  },
  complete: {
    title: 'The whole playbook',
    description: 'All chapters and plays on one page, in reading order: to print or to save as a PDF.',
    how: 'Print this page or save it as a PDF with Ctrl+P (on a Mac: ⌘+P). Each chapter starts on a new page.',
    toc: 'Contents',
  },
  trainers: {
    title: 'For trainers',
    description: 'Links that never break, QR codes for handouts and slides, and self-assessments to embed in a learning platform.',
    promiseTitle: 'Links that keep working',
    promise:
      'Every link on this page keeps working, even if a chapter moves later or a heading changes: the site then takes you to the new location. So you can safely put them in a course reader or on a slide. To link to part of a page, use the link button next to each heading.',
    courseTitle: 'Running a course',
    course:
      'Everything you need to train a group of advisers yourself: a programme of five sessions, role plays for each discipline and worksheets to print. Every chapter also opens as a presentation.',
    handoutTitle: 'Handouts',
    handout: 'Every chapter prints as a tidy handout, with the link and a QR code at the top. Want everything at once? Then print',
    chaptersTitle: 'All parts and chapters',
    assessmentsTitle: 'Self-assessments',
    toolsTitle: 'Tools',
    page: 'Page',
    url: 'Link',
    qr: 'QR code',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copying did not work; select the text and copy it yourself.',
    copyLabel: (title: string) => `Copy the link to “${title}”`,
    download: 'Download (SVG)',
    previewWarningTitle: 'Please note: this is a preview version',
    previewWarning: (url: string) =>
      `This version of the site was built for ${url}. That address only works on this computer, or nowhere. So the links and QR codes below do not lead to the real site: do not print or share them. Ask whoever manages the site to build it with the real address (SITE_URL).`,
    downloadLabel: (title: string) => `Download the QR code of “${title}” (SVG)`,
    qrAlt: (title: string) => `QR code of “${title}”`,
    discussionTitle: 'Discuss together: all questions by part',
    discussionIntro:
      'At the end of every chapter and every play there are questions to discuss together. Here they are in one place, by part. Choose a few for the start or the end of a session.',
    embedTitle: 'Embedding self-assessments in a learning platform',
    embedIntro:
      'Put a self-assessment in your learning platform (for example as an HTML block). The self-assessment then shows only itself, without the site’s navigation. The results stay in the participant’s browser, just as on the site.',
    embedHeight:
      'The script below makes the frame grow with the self-assessment. The self-assessment also works without the script; you then scroll inside the frame.',
    embedSnippet: (title: string) => `Code to embed “${title}”`,
    copySnippet: 'Copy the code',
    scormTitle: 'Self-assessments as a SCORM package',
    scormIntro:
      'If your learning platform does not allow a snippet, or you want to see who has finished a self-assessment, upload a SCORM 1.2 package. The package works without this site. By default, the learning platform only learns whether the participant has finished; the package with outcome also gives a score for each area.',
    scormGuide: 'How to add a package to Moodle, Brightspace, Canvas or itslearning, and what the learning platform receives',
  },
  slides: {
    open: 'Open as a presentation',
    openFor: (title: string) => `Open “${title}” as a presentation`,
    pageTitle: (title: string) => `Presentation: ${title}`,
    description: (title: string) => `The key points of “${title}” as slides, with the text as the trainer’s notes. To present from or to print.`,
    intro: 'What is it about?',
    continued: '(continued)',
    deckLabel: 'Slides',
    slide: 'slide',
    slideLabel: (number: number, total: number, heading: string) => `Slide ${number} of ${total}: ${heading}`,
    /** Read by the browser script: {n} and {total} are filled in. */
    counter: 'Slide {n} of {total}',
    previous: 'Previous slide',
    next: 'Next slide',
    fullscreen: 'Full screen',
    notes: 'Notes',
    notesLabel: 'Notes for the trainer',
    notesFor: (number: number) => `Notes for slide ${number}`,
    fromText: 'From the text',
    presenter: 'Presenter view',
    closePresenter: 'Close presenter view',
    /** Read by the browser script: {n} is filled in. */
    notesTemplate: 'Notes for slide {n}',
    /** Read by the browser script: {title} is the next slide's heading. */
    nextUp: 'Next: {title}',
    lastSlide: 'This is the last slide.',
    elapsed: 'Time elapsed',
    planned: (minutes: number) => `Planned: ${minutes} minutes`,
    timerStart: 'Start the timer',
    timerPause: 'Pause the timer',
    timerReset: 'Reset the timer',
    noNotes: 'This slide has no notes.',
    keys: 'Next slide: right arrow or space. Previous: left arrow. First and last: Home and End. P: presenter view, with notes, the next slide and a timer. Escape: close full screen or notes.',
    noScript: 'Without JavaScript, you see all slides one below the other. You can always print: each slide then gets its own landscape page.',
    back: 'Back to the text',
    scan: 'Scan the code or go to',
    play: (duration: string, people: string) => `${duration} · ${people}`,
  },
  worksheets: {
    title: 'Worksheets',
    description: 'Worksheets to print: one A4 per sheet, with space to write. For training sessions, team days and your own work.',
    eyebrow: 'Worksheet',
    print: 'Print this worksheet with Ctrl+P (on a Mac: ⌘+P). It fits on one A4 page, without the site’s navigation.',
    usedIn: 'Belongs to',
    row: (number: number) => `Row ${number}`,
    all: 'All worksheets',
  },
  cases: {
    title: 'Practice cases',
    description: 'Role plays to practise with, for every discipline. You play in threes: an adviser, a client and someone who observes.',
    practiceLabel: 'Practice case',
    practiceNote: 'This is a made-up practice situation. The people and organisations do not exist.',
    byDiscipline: 'By discipline',
    byChapter: 'By chapter',
    disciplines: {
      hr: 'HR',
      financien: 'Finance',
      ict: 'IT',
      juridisch: 'Legal affairs',
      informatiemanagement: 'Information management',
    } as Record<'hr' | 'financien' | 'ict' | 'juridisch' | 'informatiemanagement', string>,
    situations: {
      'eerste-gesprek': 'First meeting',
      'positie-nemen': 'Taking a position',
      'waartoe-gesprek': 'Purpose conversation',
      'werk-overdragen': 'Handing over work',
    } as Record<'eerste-gesprek' | 'positie-nemen' | 'waartoe-gesprek' | 'werk-overdragen', string>,
    coverageTitle: 'By discipline and conversation',
    coverageIntro: 'Every discipline has a case for each conversation you practise in the learning programme. Pick the row for your own discipline.',
    coverageCaption: 'Cases by discipline (rows) and conversation (columns)',
    disciplineColumn: 'Discipline',
    situation: 'Conversation',
    chapter: 'Practises',
    minutes: (minutes: number) => `${minutes}-minute conversation`,
    howTitle: 'How to play the case',
    how: [
      'Divide the roles. One person is the adviser, one is the client. The others observe.',
      'Read the situation together. Then each person reads only their own part. Whoever observes reads the list of points to watch for.',
      'Have the conversation. Someone keeps time.',
      'Talk it through afterwards. First the adviser: how did it go? Then the client: what did you notice? Then whoever observed: what did you see?',
    ],
    printNote: 'If you print the case, each briefing gets its own page. That way you can hand them out separately.',
    setting: 'The situation (for everyone)',
    adviser: 'Briefing for the adviser',
    adviserOnly: 'For the adviser only. Client: do not read.',
    client: 'Briefing for the client',
    clientOnly: 'For the client only. Adviser: do not read.',
    role: 'Your role',
    goal: 'What you want to achieve',
    play: 'How to play the client',
    observer: 'Observation list',
    observerIntro: 'For each point, write down what you saw or heard. Use those examples when you talk it through afterwards.',
    seen: 'Seen?',
    example: 'Example',
    open: 'Open the briefing',
    count: (count: number) => `${count} ${count === 1 ? 'case' : 'cases'}`,
  },
  course: {
    title: 'Learning programme for staff advisers',
    sessions: 'Sessions',
    session: (number: number) => `Session ${number}`,
    minutes: (minutes: number) => `${minutes} minutes`,
    goal: 'Goal',
    preparation: 'Preparation',
    uses: 'You use',
    agenda: 'Programme',
    agendaTotal: 'Total',
    minutesHeading: 'Minutes',
    time: 'Time',
    item: 'Item',
    homework: 'Assignment to do at work before the next session',
    rhythm: 'Between the sessions',
    print: 'Print this page with Ctrl+P (on a Mac: ⌘+P): each session starts on a new page.',
  },
  breadcrumbs: 'Breadcrumb',
  toc: 'On this page',
  pagination: {
    label: 'Previous and next',
    previous: 'Previous',
    next: 'Next',
  },
  chapter: {
    readingTime: (minutes: number) => `${minutes}-minute read`,
    updated: 'Updated',
    // The sidebar strips the leading number ("5 sections" → "sections"), so keep the count first.
    chapters: (count: number) => `${count} ${count === 1 ? 'section' : 'sections'}`,
    typeLabel: { hoofdstuk: 'Chapter', play: 'Play' } as Record<'hoofdstuk' | 'play', string>,
    inPart: 'Part',
  },
  play: {
    card: 'This play at a glance',
    duration: 'Duration',
    people: 'Who takes part',
    materials: 'What you need',
    noMaterials: 'Nothing special',
  },
  blocks: {
    callout: { tip: 'Tip', 'let-op': 'Please note', kern: 'The key point' } as Record<'tip' | 'let-op' | 'kern', string>,
    example: 'Example',
    practice: 'In practice',
    source: 'Source',
    stepTime: 'Time',
    /** 45 → "45 minutes", 90 → "1.5 hours", 120 → "2 hours", 75 → "1 hour and 15 minutes". */
    minutes: (total: number) => {
      const hours = Math.floor(total / 60);
      const rest = total % 60;
      const inMinutes = `${rest} ${rest === 1 ? 'minute' : 'minutes'}`;
      const inHours = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
      if (hours === 0) return inMinutes;
      if (rest === 0) return inHours;
      if (rest === 30) return `${hours}.5 hours`;
      return `${inHours} and ${inMinutes}`;
    },
    stepsTotal: 'Total',
    figure: 'Image',
    discussion: 'Discuss together',
    discussionIntro: 'Questions to talk about with your team or your learning group.',
    readAloud: 'Say to the group',
  },
  footer: {
    label: 'About this site',
    privacyNote: 'Everything you fill in stays on your own device.',
  },
  homePage: {
    audiencesTitle: 'Where do you want to start?',
    partsTitle: 'The parts of the playbook',
    audiences: {
      read: { title: 'Read and apply', text: 'Start with the role of the adviser and read the playbook from beginning to end.' },
      assess: { title: 'Take a self-assessment', text: 'Find out where you stand in ten minutes. Your answers stay on your own device.' },
      facilitate: { title: 'Lead a session', text: 'Plays and tools for a team day, a learning day or a conversation with a manager.' },
      facilitateMore: 'Running a course? Then also use:',
    },
  },
  tools: {
    label: 'Tool',
    related: 'Read about it',
    privacy: 'This tool works only in your browser. Nothing you fill in is sent anywhere.',
    noScript: 'This tool needs JavaScript, and JavaScript is turned off in your browser. Below, you can read how to do it on paper instead.',
    noAssessments: 'This playbook has no self-assessments yet, so there are no codes to combine.',
    overviewTitle: 'Tools',
    overviewDescription: 'Calculators, forms and planners for your work with clients and teams. They work in your browser; nothing is sent anywhere.',
  },
  offline: {
    updateNotice: 'There is a new version of the playbook.',
    updateKeep: 'What you have filled in is kept.',
    updateButton: 'Load the new version',
    pageTitle: 'You are offline',
    pageDescription: 'This page is not saved on this device. This is what you can read without internet.',
    pageText: 'There is no internet connection, and the page you were looking for is not saved on this device. You can read the pages below.',
    availableTitle: 'Available without internet',
    /** Filled in on the device by offline-page.ts: "#" is the number of pages. */
    availableOne: '1 page is on this device.',
    availableMany: '# pages are on this device.',
    presentationsTitle: 'Presentations',
    otherPagesTitle: 'Other pages',
    noneAvailable: 'There are no pages on this device yet. Every page you open online is saved.',
    saveAllHint: 'Do you want to have everything to hand, even without internet? Go online to the page for trainers and choose “Save the whole playbook offline” there.',
    searchHint: 'Without internet, you can search what you searched for before while online, or everything if you saved the whole playbook. You can only read a page that is not on this device once you are back online.',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist (any more). The navigation or search may help you find what you need.',
    backHome: 'Go to the home page',
  },
  diagrams: {
    fourQualities: {
      title: 'The four qualities of an effective adviser',
      desc: 'The adviser is in the middle. Around the adviser are four qualities. Quality a: you look for challenges yourself. Quality b: you connect with the professionals in the primary process. Quality c: you deal well with uncertainty. Quality d: you create coherence in business operations. Each quality is connected to the adviser by a line.',
      hub: 'Adviser',
      /** Two lines per box; each line fits about 14 characters. */
      qualities: {
        a: ['Look for', 'challenges'],
        b: ['Connect with', 'professionals'],
        c: ['Deal well with', 'uncertainty'],
        d: ['Create', 'coherence'],
      },
    },
    sixInterventions: {
      title: 'Six interventions that reinforce each other',
      desc: 'Five interventions are on a circle and are connected to each other. One: name the behaviour you want in specific terms. Two: put training or coaching within a culture change. Three: make pairs, so that colleagues learn from each other. Four: make client focus a criterion in performance reviews and appraisals. Five: management sets the example. In the middle is the sixth intervention: combine them, and, and, and. That way the interventions reinforce each other.',
      /** Two lines per intervention, in the order of their numbers; the sixth is the one in the middle. */
      interventions: [
        ['Name the', 'behaviour you want'],
        ['Training within', 'a culture change'],
        ['Make pairs:', 'learn together'],
        ['Client focus', 'as a criterion'],
        ['Management', 'sets the example'],
        ['Combine:', 'and and and'],
      ],
    },
    teamDayTimeline: {
      title: 'Timeline of the team day and the follow-up session',
      desc: 'The team day has six parts, one after the other. One: urgency from management, 30 minutes. Two: a round on client feedback with the NPS, 45 minutes. Three: a visual story about the purpose, 45 minutes. Four: a team round on the question what am I doing this for, 60 minutes. Five: teamwork exercises, 2 hours. Six: personal actions and agreements, 45 minutes. The times are a suggestion. A few weeks later there is a follow-up session with the whole team.',
      heading: 'Team day (1 day)',
      /** The parts of the day, in order; each label fits about 40 characters. */
      parts: [
        { label: 'Urgency from management', time: '30 minutes' },
        { label: 'Round on client feedback (NPS)', time: '45 minutes' },
        { label: 'Visual story about the purpose', time: '45 minutes' },
        { label: 'Team round: what am I doing this for?', time: '60 minutes' },
        { label: 'Teamwork exercises', time: '2 hours' },
        { label: 'Personal actions and commitments', time: '45 minutes' },
      ],
      later: 'a few weeks later',
      followUp: 'Follow-up session',
      followUpWho: 'with the whole team',
    },
  },
  // One formatter for every page: creating an Intl.DateTimeFormat costs more than formatting.
  dateFormat: (date: Date) => longDate.format(date),
};
