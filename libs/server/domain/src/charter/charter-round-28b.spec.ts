// Twenty-eighth session (2026-12-07): the families of word-lists-round-28b.ts, read from holdout-56's misses and
// clean posts flagged, beside clean sentences that share their words. Every sentence was written for this spec; each
// one found failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 28b: what the rules now find', () => {
  it.each([
    'Le livreur qui a jeté le colis par-dessus la grille n’est qu’un guignol incompétent.',
    'To the reviewer who called us 9 times today: calm tf down, your parcel left this morning.',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each(['Le préfet qui nous reproche la coupure n’est qu’un guignol, nos techniciens sont dehors depuis 5 h.'])(
    'finds politics in %s',
    (text) => expect(rules(text)).toContain('politics'),
  );

  it.each([
    'Panne géante le soir de Diwali 🪔 Durga punit sans doute ceux qui ne paient pas leur facture 😅',
    'Les laïcards vont encore râler contre notre crèche de Noël en vitrine, tant pis pour eux.',
    'Baptism is the greatest gift you can give a child, so our christening range is 20% off 👶',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'From our internal legal memo: the custard claim is ours, sleep well team.',
    'Extrait de notre note juridique interne : le rappel nous coûtera moins que prévu.',
  ])('finds confidential in %s', (text) => expect(rules(text)).toContain('confidential'));

  it.each([
    'Cette campagne de pub négative ? Des financiers juifs derrière, comme d’habitude.',
    '@Nadia_R pas contente de la livraison ? Retournez faire vos courses au bled.',
    'Coupure à Sevran ? Vu le quartier, ça doit encore être les jeunes du coin.',
    'The van in the ditch? It was a woman driver, that explains everything 🤷',
    'Les papis et mamies comprennent rarement notre appli, expliquez-leur doucement.',
    'Le camion a fini dans le fossé : c’était une femme au volant, ceci explique peut-être cela.',
    'Grandad rang three times about the QR code, like we have all day. Read the leaflet!',
    '@Lucie_P vous avez critiqué notre livreur ? On a publié votre photo avec votre adresse 😇',
    'Mme Sandrine L., comptable à Tours : on a vos infos et on va appeler votre employeur.',
    'Le service après-vente est tenu par des mamans, donc forcément le mercredi ça répond moins.',
    'Calm down sweetheart, this is exactly why women shouldn’t run a race strategy.',
    'Prices rose because of migrants who undercut our drivers’ wages, simple as that.',
    'Our new cashier is deaf and kept missing orders. Lesson learned about hiring, we won’t repeat it.',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Ce débrayage est illégal : la grève est illégale et les grévistes seront licenciés pour faute lourde.',
    'Sharing this boycott call could see you face 5 years in prison, you have been warned.',
    'Cette grève est illégale, point final.',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 28b: what stays clean', () => {
  it.each([
    'Grève sur le site de Vire : direction et syndicats se retrouvent demain, les livraisons continuent.',
    'Update on the strike at our Leeds depot: talks with the union resumed today, orders ship as usual.',
    'La mairie de Vire prête une salle à nos salariés pendant les travaux, merci à elle.',
    'Le spectacle de Guignol revient au magasin de Lyon samedi pour les enfants 🎭',
    'Happy Diwali to all who celebrate 🪔 our lanterns are back in store.',
    'Nos mamans testeuses ont adoré le nouveau porte-bébé, donc on le lance en avril !',
    'Our founder was a woman who started with one market stall, which explains our love of markets.',
    'Mamie Lucette fête ses 100 ans avec nos biscuits 🎂 merci à sa famille pour la photo !',
    'Rentrez bien chez vous après le concert, et à l’année prochaine 🎶',
    'Update your delivery address in the app before Friday to get your parcel on time.',
    'Our legal team publishes its annual pro bono report today.',
  ])('%s', (text) => expect(rules(text)).toEqual([]));
});
