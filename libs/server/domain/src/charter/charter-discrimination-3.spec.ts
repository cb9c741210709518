import { mergeCharter } from './charter';
import { checkCharter } from './charter-check';

// Fifth round: the compositional rule of word-lists-protected.ts (a protected group + a cue of exclusion or
// contempt in the same sentence). The sentences are written for these tests (none is in tools/charter-corpus);
// each family has clean look-alikes that share its words.

const base = mergeCharter({ categories: { levels: { discrimination: 'block' } } });
const blocked = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }], scheduledAt: null }, base).some(
    (f) => f.category === 'discrimination' && f.severity === 'block',
  );

describe('discrimination, compositional rule: what blocks', () => {
  it.each([
    ['sending away', "Les seniors devraient venir en dehors des heures d'affluence, ils bloquent tout le monde."],
    ['sending away', "Les chômeurs qui traînent dans le magasin, merci d'attendre dehors."],
    ['sending away', 'Les SDF qui squattent l’entrée, restez dehors svp.'],
    ['sending away', 'Over 60s should shop after hours, they hold up the tills.'],
    ['sending away', 'Disabled shoppers should come off peak, they clog the aisles.'],
    ['sending away', 'Homeless people hanging around the entrance: wait outside please.'],
    ['not in our ad', 'Deux mamans dans notre catalogue ? Pas chez nous.'],
    ['not in our ad', 'Two mums in our catalogue? Not in our catalogue, thanks.'],
    ['avoiding', 'Les femmes enceintes ne tiennent pas le rythme en entrepôt, donc on évite.'],
    ['avoiding', "Pensioners can't keep up with the pace of our tills, so we steer clear."],
    ['incapacity', 'Les retraités ne suivent pas la cadence en caisse, on les évite.'],
    ['incapacity', 'Les Suisses font de bonnes montres, mais pour le reste, faut pas trop leur en demander.'],
    ['incapacity', "Belgians make good beer, but don't expect too much from them otherwise 😏"],
    ['blaming', 'Les papys au volant, voilà pourquoi il y a toujours la queue au drive 😂'],
    ['blaming', 'Granny drivers are the reason our car park is always blocked 😂'],
    ['ridicule', 'Un mec en jupe au rayon costumes ce matin, cas désespéré 😂'],
    ['ridicule', 'Guy in a skirt at the till this morning, total lost cause 🙄'],
    ['selection', "Poste d'assistant : nom français de préférence."],
    ['selection', 'Receptionist wanted, native speakers only.'],
    ['address and visit', '@sophie_l on connaît ton adresse, retire ton avis ou on passera te voir.'],
    ['address and visit', '@jenny_k we have your address. Delete that review before we pay you a visit.'],
    ['your size', '@max_du92 pour ta taille on conseille plutôt une bâche 😂'],
    ['your size', "@dan88 for someone your size we'd recommend a tent 😂"],
    ['blame before the group', "Si la caisse est lente, c'est la faute des retraités qui comptent leur monnaie."],
    ['blame before the group', 'The tills are a mess because of the pensioners counting coins.'],
    ['a loaded group laughed at', 'Les femmes au volant mdr, encore une portière rayée.'],
    ['a loaded group laughed at', 'Women drivers lol, another dented bumper in the car park.'],
    ['sending away', 'Wheelchair users would do better to shop elsewhere, honestly.'],
    ['sending away', 'Les mamies au volant devraient rester à part, sur le parking du fond.'],
    ['incapacity', "Les autistes ne tiennent pas la pression en boutique, on s'en passe."],
    ['incapacity', "Deaf people can't handle the pace of the drive-through, so we'll pass."],
  ])('%s: %s', (_family, text) => expect(blocked(text)).toBe(true));
});

describe('discrimination, compositional rule: look-alikes that stay clean', () => {
  it.each([
    'Les seniors peuvent faire leurs courses en dehors des heures de pointe grâce à nos créneaux calmes, bienvenue à tous !',
    'Deux papas ou deux mamans, toutes les familles sont les bienvenues chez nous.',
    'Two dads or two mums, every family is welcome in our stores.',
    "Our senior designers can't keep up with demand for the new collection!",
    "Women's football: the real reason our Saturday is packed, come cheer 😍",
    'Bienvenue aux seniors tous les mardis matin, café offert.',
    'Les mamans, voilà pourquoi on a créé ce sac à langer.',
    'Seniors: the real reason we opened at 8am, with a quieter checkout.',
    'On a ton adresse, ton colis part demain, on te tient au courant.',
    "We've got your address, your parcel ships tomorrow.",
    'Dans ta taille on a encore le modèle bleu et le vert, je te les mets de côté ?',
    'In your size, the duvet cover comes in 140 and 200 cm.',
    'Dans ta taille de lit, la housse de couette 240 est parfaite.',
    "Les retraités adorent notre atelier tricot, on évite juste les escaliers avec l'ascenseur.",
    'Over 50 stores will stay open late, so shop after hours.',
    'Le parking est bouché à cause des travaux, voilà pourquoi on ouvre à 10h.',
    'Mamie au volant de sa 2CV pour notre pub, voilà pourquoi on adore ce spot 😂',
    'Nos vendeurs ne tiennent pas la cadence tellement la collection plaît !',
    'Pregnant women should avoid hot baths, say midwives; our bath salts are mild.',
    'Les Belges devraient adorer notre nouvelle gaufre, en vente dehors devant la boutique.',
    'Homme en robe ou femme en costume, portez ce que vous voulez !',
    'Women, stay out of the rain with our new parka!',
    'Seniors should feel at home in our stores, with seats at every till.',
    'Disabled customers should use the ramp outside the main entrance.',
    'Les seniors adorent les mardis, voilà pourquoi la queue est plus courte.',
    'Les personnes handicapées devraient pouvoir faire leurs courses sans stress, on y travaille.',
    'Our wheelchair users group meets after hours on Thursdays, everyone welcome.',
    'Profil masculin ou féminin, peu importe, on cherche du talent.',
    'No pensioners left behind: free delivery for over 65s all winter.',
    'Pas de seniors sans cadeau : une surprise pour chaque client de plus de 70 ans !',
    'À cause des travaux, le parking des seniors est fermé.',
    'Les femmes au volant de nos camions de livraison, on en est fiers !',
    'Our women drivers team won the regional rally lol, so proud!',
    "Les papys de l'atelier couture ne tiennent pas en place, ils adorent.",
  ])('%s', (text) => expect(blocked(text)).toBe(false));
});
