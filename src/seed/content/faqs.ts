import type { FaqSeed } from './types'

/**
 * The practice's FAQ page. English follows the practice's own wording
 * (only obvious typos/spacing fixed); Italian is the primary locale.
 */
export const faqs: FaqSeed[] = [
  {
    key: 'who-is-an-intimacy-coordinator',
    order: 1,
    section: 'the-role',
    question: {
      it: 'Chi è l’Intimacy Coordinator?',
      en: 'What is an Intimacy Coordinator?',
    },
    slug: {
      it: 'chi-e-l-intimacy-coordinator',
      en: 'what-is-an-intimacy-coordinator',
    },
    answer: {
      it: [
        'L’Intimacy Coordinator è la figura professionale che gestisce le scene intime e i contenuti sensibili all’interno di una produzione cinematografica. Si occupa della coreografia di queste scene, come quelle di sesso simulato, e garantisce la sicurezza sul set.',
        'L’IC analizza, segnala e gestisce i rischi psicofisici di una scena, per realizzare la visione artistica della regia e tutelare il benessere degli interpreti.',
        'Il suo lavoro comprende anche il coordinamento tra i diversi reparti, perché il set sia un ambiente sereno per tutte le persone coinvolte. Fa in modo che i confini fisici, emotivi e professionali di ogni persona siano rispettati, creando uno spazio sicuro per chiunque.',
        'L’Intimacy Coordinator può affiancare gli interpreti nelle scene intime o di sesso simulato, anche con l’uso di indumenti coprenti (modesty garments).',
        'Qui trovi [il mio kit da Intimacy Coordinator](/it/kit) per il set e per il palco, che posso personalizzare in base alle tue esigenze.',
      ],
      en: [
        'An Intimacy Coordinator is a professional who manages intimate scenes or sensitive content in a film production. They take care of the choreography of such scenes, such as simulated sex, and ensure safety on set.',
        'The IC analyses, reports, and manages the psycho-physical risks of a scene in order to execute the director’s artistic vision and protect the performers’ well-being.',
        'Their work also involves coordinating different departments to ensure the set is a peaceful environment for all teams involved. They ensure that physical, emotional, and professional boundaries are respected, creating a safe space for everyone.',
        'The Intimacy Coordinator can support performers during intimate scenes or simulated sex, including with the use of modesty garments.',
        'Here, you will find [my Intimacy Coordinator kit](/en/kit) for set and stage, which I can customise according to your needs.',
      ],
    },
  },
  {
    key: 'when-to-hire-an-intimacy-coordinator',
    order: 2,
    section: 'working-together',
    question: {
      it: 'Quando coinvolgere l’Intimacy Coordinator?',
      en: 'When to hire an Intimacy Coordinator?',
    },
    slug: {
      it: 'quando-coinvolgere-l-intimacy-coordinator',
      en: 'when-to-hire-an-intimacy-coordinator',
    },
    answer: {
      it: [
        'Quando una sceneggiatura o un copione include scene con contenuti intimi o temi sensibili, si consiglia vivamente di coinvolgere l’Intimacy Coordinator già in pre-produzione o, al più tardi, durante la produzione, che si tratti di un film o di uno spettacolo dal vivo. Molte produzioni ne richiedono la presenza. La sua competenza può rivelarsi necessaria anche in post-produzione, soprattutto in fase di montaggio.',
      ],
      en: [
        'When a screenplay or script includes scenes featuring intimate content or sensitive themes, hiring an Intimacy Coordinator during the pre-production or production phase of a film or live performance is highly recommended. For many productions, an Intimacy Coordinator is a requirement. The expertise of an Intimacy Coordinator may also be necessary during post-production, especially during editing.',
      ],
    },
  },
  {
    key: 'what-is-meant-by-intimate-or-sensitive-scenes',
    order: 3,
    section: 'the-role',
    question: {
      it: 'Cosa si intende per scene intime o sensibili?',
      en: 'What is meant by intimate or sensitive scenes?',
    },
    slug: {
      it: 'cosa-si-intende-per-scene-intime-o-sensibili',
      en: 'what-is-meant-by-intimate-or-sensitive-scenes',
    },
    answer: {
      it: [
        'Per scene intime o sensibili si intendono quelle che contengono nudità, baci, masturbazione, sesso, violenza fisica e stupro, ma anche pratiche creative non convenzionali come lo shibari e la sospensione corporea: in altre parole, tutte le situazioni sceniche che possono comportare rischi fisici o emotivi per gli interpreti.',
      ],
      en: [
        'Intimate or sensitive scenes are those which contain nudity, kissing, masturbation, sex, physical violence, and rape, as well as unconventional creative practices such as Shibari and body suspension – therefore, all creative scenarios that could involve physical or emotional risks to the performers.',
      ],
    },
  },
  {
    key: 'in-which-phases-of-a-film-does-an-intimacy-coordinator-work',
    order: 4,
    section: 'working-together',
    question: {
      it: 'In quali fasi di un film interviene l’Intimacy Coordinator?',
      en: 'In which phases of a film does an Intimacy Coordinator work?',
    },
    slug: {
      it: 'in-quali-fasi-di-un-film-interviene-l-intimacy-coordinator',
      en: 'in-which-phases-of-a-film-does-an-intimacy-coordinator-work',
    },
    answer: {
      it: [
        'Il coinvolgimento dell’Intimacy Coordinator in una produzione cinematografica dipende da diversi fattori, come la complessità delle scene, i rischi presenti, il numero di interpreti e il budget di produzione.',
        'L’Intimacy Coordinator è presente sul set, ma il suo intervento è di solito richiesto già in pre-produzione, per analizzare la sceneggiatura, individuare i potenziali rischi psicologici e fisici e preparare la coreografia degli interpreti.',
      ],
      en: [
        'The involvement of an Intimacy Coordinator in a film production depends on various factors, such as the complexity of the scenes, risk factors, the number of performers involved, and the production budget.',
        'The Intimacy Coordinator is present on set but is usually required in the pre-production phase to analyse the script, identify potential psychological and physical risks, and prepare the performers’ choreography.',
      ],
    },
  },
  {
    key: 'does-the-intimacy-coordinator-replace-the-film-director',
    order: 5,
    section: 'the-role',
    question: {
      it: 'L’Intimacy Coordinator sostituisce la regia?',
      en: 'Does the Intimacy Coordinator replace the film director?',
    },
    slug: {
      it: 'l-intimacy-coordinator-sostituisce-la-regia',
      en: 'does-the-intimacy-coordinator-replace-the-film-director',
    },
    answer: {
      it: [
        'Assolutamente no. L’Intimacy Coordinator non sostituisce la regia, ma ne sostiene la visione artistica, concentrandosi sulla coreografia delle scene intime e sul benessere degli interpreti.',
        'Per capire meglio questo ruolo, può essere utile paragonare l’IC al Fight Coordinator, che gestisce e coreografa le scene di combattimento e d’azione e, portando sul set un bagaglio professionale specifico, contribuisce a realizzare la visione della regia. L’Intimacy Coordinator collabora con la regia e con gli altri capireparto coinvolti nella produzione del film e, allo stesso tempo, facilita la comunicazione con gli interpreti impegnati nelle scene intime.',
      ],
      en: [
        'Absolutely not. The Intimacy Coordinator does not replace the film director. Instead, they support the director’s artistic vision while focusing on choreographing intimate scenes and ensuring the performers’ well-being.',
        'To better understand their role, it’s helpful to compare the IC to the Fight Coordinator, who manages and choreographs fight and action scenes while accomplishing the director’s vision by bringing a unique professional background to the set. The Intimacy Coordinator collaborates with the director and other heads of department involved in producing a film, while facilitating communication with the performers involved in executing intimate scenes.',
      ],
    },
  },
  {
    key: 'does-the-intimacy-coordinator-replace-the-choreographer',
    order: 6,
    section: 'the-role',
    question: {
      it: 'L’Intimacy Coordinator sostituisce il coreografo?',
      en: 'Does the Intimacy Coordinator replace the choreographer?',
    },
    slug: {
      it: 'l-intimacy-coordinator-sostituisce-il-coreografo',
      en: 'does-the-intimacy-coordinator-replace-the-choreographer',
    },
    answer: {
      it: [
        'L’Intimacy Coordinator non sostituisce il coreografo. Si occupa soltanto della coreografia delle scene con contenuti intimi o sensibili e non ha una formazione specifica in danza, a meno che non possieda qualifiche aggiuntive. Intimacy Coordinator e coreografo lavorano insieme sulle scene che richiedono le rispettive competenze.',
      ],
      en: [
        'The Intimacy Coordinator does not replace the choreographer. The Intimacy Coordinator is only involved in choreographing scenes with intimate or sensitive content and is not specifically trained in dance unless they have additional qualifications. The Intimacy Coordinator and the choreographer work together to support scenes requiring their respective fields of expertise.',
      ],
    },
  },
  {
    key: 'whats-the-difference-between-intimacy-directors-and-intimacy-coordinators',
    order: 7,
    section: 'the-role',
    question: {
      it: 'Che differenza c’è tra Intimacy Director e Intimacy Coordinator?',
      en: 'What’s the difference between Intimacy Directors and Intimacy Coordinators?',
    },
    slug: {
      it: 'che-differenza-c-e-tra-intimacy-director-e-intimacy-coordinator',
      en: 'whats-the-difference-between-intimacy-directors-and-intimacy-coordinators',
    },
    answer: {
      it: [
        'Intimacy Director e Intimacy Coordinator sono entrambe figure professionali che curano le scene intime o i contenuti sensibili presenti in un copione.',
        'Tra i due ruoli, però, ci sono alcune differenze. L’Intimacy Director lavora in genere nello spettacolo dal vivo, mentre l’Intimacy Coordinator lavora sul set.',
        'La denominazione Intimacy Coordinator è la più diffusa e la più nota al grande pubblico ed è diventata il termine ombrello che comprende entrambe le figure. In alcuni Paesi si è iniziato a usare l’espressione Intimacy Professional, che riunisce i ruoli di Intimacy Director e Intimacy Coordinator in un’unica qualifica professionale più ampia.',
      ],
      en: [
        'Intimacy Directors and Intimacy Coordinators are both professionals who oversee the intimate scenes or sensitive content in a script.',
        'However, there are some differences between the two roles. Intimacy Directors generally work in live performance, while Intimacy Coordinators work on set.',
        'The term Intimacy Coordinator is the most widespread and recognised by the general public and has become an umbrella term. Some countries have begun to use the term Intimacy Professional to combine the roles of Intimacy Directors and Coordinators into one broader professional title.',
      ],
    },
  },
  {
    key: 'how-do-you-train-to-become-an-intimacy-coordinator',
    order: 8,
    section: 'training-and-associations',
    question: {
      it: 'Come ci si forma per diventare Intimacy Coordinator?',
      en: 'How do you train to become an Intimacy Coordinator?',
    },
    slug: {
      it: 'come-ci-si-forma-per-diventare-intimacy-coordinator',
      en: 'how-do-you-train-to-become-an-intimacy-coordinator',
    },
    answer: {
      it: [
        'In tutto il mondo esistono diversi workshop e corsi per formarsi come Intimacy Coordinator. Non tutti, però, prevedono lezioni in presenza, che sono invece fondamentali per imparare a gestire e coreografare le scene intime. Inoltre, alcuni corsi non rilasciano un certificato riconosciuto a livello internazionale, ma solo un attestato di partecipazione. In definitiva, la scelta dipende dalle tue preferenze e da ciò che cerchi.',
      ],
      en: [
        'Various workshops and courses available worldwide can train you to become an Intimacy Coordinator. However, not all courses offer an in-person programme, which is essential for learning to manage and choreograph intimate scenes. Additionally, some courses may not provide an internationally recognised certificate but only issue a certificate of participation. It ultimately depends on your preferences and what you are looking for.',
      ],
    },
  },
  {
    key: 'is-there-an-italian-trade-association-for-intimacy-coordinators',
    order: 9,
    section: 'training-and-associations',
    question: {
      it: 'Esiste un’associazione di categoria italiana per gli Intimacy Coordinator?',
      en: 'Is there an Italian trade association for Intimacy Coordinators?',
    },
    slug: {
      it: 'esiste-un-associazione-di-categoria-italiana-per-gli-intimacy-coordinator',
      en: 'is-there-an-italian-trade-association-for-intimacy-coordinators',
    },
    answer: {
      it: [
        'Sono tra i soci fondatori di [Intimitalia](/it/associazione), un’associazione che riunisce Intimacy Coordinator italiani attivi a livello nazionale e internazionale.',
      ],
      en: [
        'I am one of the founding members of [Intimitalia](/en/association), an association that brings together Italian Intimacy Coordinators who work at the national and international level.',
      ],
    },
  },
  {
    key: 'how-to-find-a-certified-intimacy-coordinator-in-italy',
    order: 10,
    section: 'working-together',
    question: {
      it: 'Come trovare un Intimacy Coordinator certificato in Italia?',
      en: 'How to find a certified Intimacy Coordinator in Italy?',
    },
    slug: {
      it: 'come-trovare-un-intimacy-coordinator-certificato-in-italia',
      en: 'how-to-find-a-certified-intimacy-coordinator-in-italy',
    },
    answer: {
      it: [
        'Al momento in Italia non esistono agenzie di Intimacy Coordinator. I miei servizi di intimacy coordination riguardano ogni aspetto del lavoro su scene intime e contenuti sensibili, in ambiti diversi: dal set alle arti performative, fino a workshop e consulenze. [Contattami](/it/contatti) per una collaborazione oppure visita il sito di [Intimitalia](https://intimitalia.it).',
      ],
      en: [
        'Currently, there are no agencies for Intimacy Coordinators in Italy. My intimacy coordination services cover all aspects of working on intimate scenes and sensitive content in different contexts, from set to performing arts to workshops and consultancy. [Contact me](/en/contact) for a collaboration, or visit the [Intimitalia](https://intimitalia.it) website.',
      ],
    },
  },
  {
    key: 'what-qualifications-are-necessary-to-work-as-an-intimacy-coordinator',
    order: 11,
    section: 'training-and-associations',
    question: {
      it: 'Quali qualifiche servono per lavorare come Intimacy Coordinator?',
      en: 'What qualifications are necessary to work as an Intimacy Coordinator?',
    },
    slug: {
      it: 'quali-qualifiche-servono-per-lavorare-come-intimacy-coordinator',
      en: 'what-qualifications-are-necessary-to-work-as-an-intimacy-coordinator',
    },
    answer: {
      it: [
        'Anche se il certificato non è sempre obbligatorio, alcune produzioni possono richiederlo.',
        'Personalmente, ho scelto di formarmi con Anica Academy e Safe Sets, perché offrono un certificato riconosciuto a livello internazionale e la possibilità di intraprendere il percorso di certificazione SAG-AFTRA.',
      ],
      en: [
        'Although a certificate is not always required, some productions may demand it.',
        'Personally, I opted to train with Anica Academy and Safe Sets, as they offer an internationally recognised certificate and the opportunity to pursue the SAG-AFTRA certification path.',
      ],
    },
  },
]
