import type { ServiceSeed } from './types'

/**
 * Services, drawn only from what the practice's FAQ says: intimate scenes and
 * sensitive content "from set to performing arts to workshops and consultancy",
 * across pre-production, production and post-production.
 */
export const services: ServiceSeed[] = [
  {
    key: 'intimacy-coordination-film-tv',
    order: 1,
    title: {
      it: 'Intimacy coordination per cinema e TV',
      en: 'Intimacy coordination for film and TV',
    },
    slug: {
      it: 'intimacy-coordination-cinema-tv',
      en: 'intimacy-coordination-film-tv',
    },
    summary: {
      it: 'Gestione delle scene intime e dei contenuti sensibili nelle produzioni cinematografiche e televisive, dalla pre-produzione al set.',
      en: 'Managing intimate scenes and sensitive content in film and TV productions, from pre-production to the set.',
    },
    body: {
      it: [
        'Quando una sceneggiatura contiene scene intime o contenuti sensibili, affianco la produzione fin dalla pre-produzione: analizzo il testo, individuo i potenziali rischi psicologici e fisici e preparo insieme agli interpreti la coreografia delle scene intime.',
        'Sul set curo la coreografia delle scene intime, come quelle di sesso simulato, e ne garantisco la sicurezza. Mi coordino con la regia e con gli altri capireparto, facilito la comunicazione con gli interpreti e faccio in modo che i confini fisici, emotivi e professionali di ogni persona siano rispettati.',
        'Quando serve, metto a disposizione degli interpreti indumenti coprenti (modesty garments) e un [kit per il set](/it/kit) personalizzato in base alle esigenze della produzione. Il mio compito è sostenere la visione artistica della regia, non sostituirla.',
      ],
      en: [
        'When a screenplay includes intimate scenes or sensitive content, I work alongside the production from pre-production: I analyse the script, identify potential psychological and physical risks, and prepare the choreography of the intimate scenes with the performers.',
        'On set, I choreograph intimate scenes, such as simulated sex, and ensure they are carried out safely. I coordinate with the director and the other heads of department, facilitate communication with the performers, and make sure that everyone’s physical, emotional and professional boundaries are respected.',
        'Where needed, I support the performers with modesty garments and a [set kit](/en/kit) customised to the production’s needs. My role is to support the director’s artistic vision, never to replace it.',
      ],
    },
    contexts: ['film-tv'],
    phases: ['pre-production', 'production'],
  },
  {
    key: 'intimacy-direction-live-performance',
    order: 2,
    title: {
      it: 'Intimacy direction per teatro e spettacolo dal vivo',
      en: 'Intimacy direction for theatre and live performance',
    },
    slug: {
      it: 'intimacy-direction-teatro-spettacolo-dal-vivo',
      en: 'intimacy-direction-theatre-live-performance',
    },
    summary: {
      it: 'Supporto alla realizzazione delle scene intime e dei contenuti sensibili in teatro e nelle arti performative, dalle prove al debutto.',
      en: 'Support with intimate scenes and sensitive content in theatre and the performing arts, from rehearsals to opening night.',
    },
    body: {
      it: [
        'Le scene intime e i contenuti sensibili richiedono la stessa cura anche nello spettacolo dal vivo. In teatro e nelle arti performative questa figura prende in genere il nome di Intimacy Director. Come Intimacy Director, seguo la realizzazione delle scene intime o dei contenuti sensibili presenti nel copione, dalle prove fino al debutto.',
        'Analizzo il copione, individuo i potenziali rischi fisici ed emotivi e curo la coreografia delle scene intime, lavorando al fianco della regia e, quando serve, del coreografo, ciascuno nel proprio ambito di competenza.',
        'Anche per il palco posso mettere a disposizione indumenti coprenti (modesty garments) e un [kit](/it/kit) personalizzato in base alle esigenze della produzione.',
      ],
      en: [
        'Intimate scenes and sensitive content call for the same care in live performance. In theatre and the performing arts, this role is generally known as Intimacy Director. As an Intimacy Director, I oversee the intimate scenes or sensitive content in the script, from rehearsals through to opening night.',
        'I analyse the script, identify potential physical and emotional risks, and choreograph intimate scenes, working alongside the director and, where needed, the choreographer, each within their own field of expertise.',
        'For the stage, too, I can provide modesty garments and a [kit](/en/kit) customised to the needs of the production.',
      ],
    },
    contexts: ['stage'],
    phases: ['pre-production', 'production'],
  },
  {
    key: 'workshops',
    order: 3,
    title: {
      it: 'Workshop',
      en: 'Workshops',
    },
    slug: {
      it: 'workshop',
      en: 'workshops',
    },
    summary: {
      it: 'Workshop sul lavoro con scene intime e contenuti sensibili, per chi vuole conoscere da vicino il ruolo dell’Intimacy Coordinator.',
      en: 'Workshops on working with intimate scenes and sensitive content, for anyone who wants to understand the role of the Intimacy Coordinator.',
    },
    body: {
      it: [
        'Tra i miei servizi ci sono anche workshop sulle scene intime e sui contenuti sensibili, pensati per chi vuole capire meglio il ruolo dell’Intimacy Coordinator e come si svolge questo lavoro.',
        'I workshop affrontano gli aspetti principali del mestiere: come si individuano i rischi fisici ed emotivi di una scena, come si coreografano le scene intime, come si rispettano i confini fisici, emotivi e professionali di ogni persona e come si facilita la comunicazione tra i reparti e con gli interpreti.',
      ],
      en: [
        'My services also include workshops on intimate scenes and sensitive content, for anyone who wants to better understand the role of the Intimacy Coordinator and how this work is carried out.',
        'The workshops cover the main aspects of the job: identifying a scene’s physical and emotional risks, choreographing intimate scenes, respecting everyone’s physical, emotional and professional boundaries, and facilitating communication between departments and with the performers.',
      ],
    },
    contexts: ['workshops'],
    phases: [],
  },
  {
    key: 'consultancy',
    order: 4,
    title: {
      it: 'Consulenza',
      en: 'Consultancy',
    },
    slug: {
      it: 'consulenza',
      en: 'consultancy',
    },
    summary: {
      it: 'Consulenza su scene intime e contenuti sensibili, dall’analisi della sceneggiatura in pre-produzione al montaggio in post-produzione.',
      en: 'Consultancy on intimate scenes and sensitive content, from script analysis in pre-production to editing in post-production.',
    },
    body: {
      it: [
        'Non tutti i progetti richiedono la presenza costante dell’Intimacy Coordinator sul set: il livello di coinvolgimento dipende dalla complessità delle scene, dai fattori di rischio, dal numero di interpreti e dal budget di produzione.',
        'In pre-produzione posso analizzare la sceneggiatura o il copione, individuare le scene con contenuti intimi o sensibili e i relativi rischi psicologici e fisici, e aiutarti a pianificare come gestirle.',
        'In post-produzione metto a disposizione le mie competenze per il montaggio delle scene con contenuti intimi o sensibili.',
      ],
      en: [
        'Not every project needs an Intimacy Coordinator on set at all times: the level of involvement depends on the complexity of the scenes, the risk factors, the number of performers involved and the production budget.',
        'In pre-production, I can analyse the screenplay or script, identify scenes with intimate or sensitive content and their potential psychological and physical risks, and help plan how to handle them.',
        'In post-production, I can bring my expertise to the editing of scenes with intimate or sensitive content.',
      ],
    },
    contexts: ['consultancy', 'film-tv', 'stage'],
    phases: ['pre-production', 'post-production'],
  },
]
