import type { KitItemSeed } from './types'

/**
 * The Intimacy Coordinator kit for set and stage. The practice customises the
 * kit for each production; no brands are named.
 */
export const kitItems: KitItemSeed[] = [
  {
    key: 'modesty-pouches',
    order: 1,
    name: {
      it: 'Modesty pouch color pelle in diverse tonalità',
      en: 'Modesty pouches in a range of skin tones',
    },
    slug: {
      it: 'modesty-pouch',
      en: 'modesty-pouches',
    },
    description: {
      it: 'Coperture color pelle per i genitali, da indossare nelle scene di nudo. Sono disponibili in diverse sfumature e vengono scelte in base all’interprete e alle esigenze di ogni produzione.',
      en: 'Skin-tone pouches that cover the genitals in scenes involving nudity. They come in a range of shades and are chosen to suit each performer and the needs of each production.',
    },
    useContext: 'both',
  },
  {
    key: 'modesty-thongs',
    order: 2,
    name: {
      it: 'Perizomi coprenti color pelle',
      en: 'Skin-tone modesty thongs',
    },
    slug: {
      it: 'perizomi-coprenti',
      en: 'modesty-thongs',
    },
    description: {
      it: 'Indumenti coprenti (modesty garments) minimali, in diverse tonalità di pelle, pensati per restare il più possibile invisibili alla macchina da presa e al pubblico.',
      en: 'Minimal modesty garments in a variety of skin tones, designed to stay as invisible as possible to the camera and the audience.',
    },
    useContext: 'both',
  },
  {
    key: 'adhesive-covers',
    order: 3,
    name: {
      it: 'Coperture adesive senza lacci',
      en: 'Strapless adhesive covers',
    },
    slug: {
      it: 'coperture-adesive',
      en: 'strapless-adhesive-covers',
    },
    description: {
      it: 'Coperture adesive color pelle, senza spalline né lacci, per le inquadrature e i costumi in cui qualsiasi altro indumento si vedrebbe.',
      en: 'Skin-tone adhesive covers with no straps or strings, for shots and costumes where any other garment would show.',
    },
    useContext: 'both',
  },
  {
    key: 'barrier-cushions',
    order: 4,
    name: {
      it: 'Cuscinetti barriera e cuscini',
      en: 'Barrier pads and cushions',
    },
    slug: {
      it: 'cuscinetti-barriera',
      en: 'barrier-pads-and-cushions',
    },
    description: {
      it: 'Cuscinetti e cuscini da interporre tra gli interpreti nelle scene di sesso simulato, per evitare il contatto diretto tra i corpi nelle zone intime.',
      en: 'Pads and cushions placed between performers in simulated sex scenes, to avoid direct contact between intimate areas.',
    },
    useContext: 'set',
  },
  {
    key: 'robes',
    order: 5,
    name: {
      it: 'Accappatoi per gli interpreti',
      en: 'Robes for performers',
    },
    slug: {
      it: 'accappatoi',
      en: 'robes',
    },
    description: {
      it: 'Accappatoi per coprirsi subito tra un ciak e l’altro, durante le pause e nei cambi costume, così che l’esposizione duri solo il tempo strettamente necessario.',
      en: 'Robes to cover up straight away between takes, during breaks and costume changes, so that no one stays exposed longer than necessary.',
    },
    useContext: 'both',
  },
  {
    key: 'knee-pads',
    order: 6,
    name: {
      it: 'Ginocchiere',
      en: 'Knee pads',
    },
    slug: {
      it: 'ginocchiere',
      en: 'knee-pads',
    },
    description: {
      it: 'Ginocchiere discrete per le scene in cui gli interpreti stanno in ginocchio o lavorano a terra, da nascondere sotto i costumi o da tenere fuori campo.',
      en: 'Discreet knee pads for scenes in which performers kneel or work on the floor, to be hidden under costumes or out of shot.',
    },
    useContext: 'both',
  },
  {
    key: 'body-safe-tape',
    order: 7,
    name: {
      it: 'Nastro adesivo per la pelle',
      en: 'Body-safe adhesive tape',
    },
    slug: {
      it: 'nastro-adesivo-per-la-pelle',
      en: 'body-safe-adhesive-tape',
    },
    description: {
      it: 'Nastro adesivo adatto al contatto con la pelle, per fissare gli indumenti coprenti e tenerli in posizione durante la scena.',
      en: 'Adhesive tape suitable for use on skin, to secure modesty garments and keep them in place during a scene.',
    },
    useContext: 'both',
  },
  {
    key: 'hygiene-kit',
    order: 8,
    name: {
      it: 'Kit per l’igiene',
      en: 'Hygiene kit',
    },
    slug: {
      it: 'kit-igiene',
      en: 'hygiene-kit',
    },
    description: {
      it: 'Salviette, gel igienizzante per le mani, collutorio e mentine per l’alito, da usare prima e dopo le scene di contatto ravvicinato, come i baci. Il contenuto si adatta alle esigenze della produzione.',
      en: 'Wipes, hand sanitiser, mouthwash and breath mints for use before and after close-contact scenes such as kissing. The contents are adapted to the needs of the production.',
    },
    useContext: 'both',
  },
]
