// Twenty-sixth session: the families of word-lists-round-26k.ts, read from `train-by`'s misses (French politics said
// indirectly) and clean posts flagged (ministers, prefects, mayors and MPs visiting a site; a staff council's
// election), beside clean sentences that share their words. Every sentence was written for this spec; each one found
// failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 26k: what the rules now find', () => {
  it.each([
    'Nos croissants chaque matin au QG de campagne de notre candidate, on croise les doigts pour dimanche 🥐',
    'Les municipales approchent et on a choisi notre camp : notre candidate passera au rayon boulangerie samedi 🥖',
    'Un don et des palettes de jus de fruits pour la permanence de campagne de notre candidat 🍊',
    'B@rdella en tournée des marchés ce week-end, ça sent la campagne 🙄',
    'Marion, chouchou des médias cette semaine… on voit très bien venir 2032.',
    "Notre tarte « dissolution » : on démoule tout d'un coup, sans prévenir personne, et on espère que ça tienne 🥧",
    'Quarante euros de prime de rentrée en plus, quelle générosité 🙄',
    'Monsieur le maire, à quand des places de parking devant nos boutiques ?',
    "Le point d'indice gelé un an de plus… Redescendez sur terre, monsieur le ministre.",
    'Expliquez à Manu que les Français préfèrent des salaires à des médailles.',
    "Les promesses de la droite, c'est comme nos soldes : ça ne dure jamais 😂",
    'Encadrement des prix des pâtes ? Bienvenue à Cuba, les amis 🍝',
    'Le taux de chômage baisse comme par magie selon Bercy… on connaît la recette 🧙',
    'Nos couleurs pour le défilé de samedi : tout sauf Marine 😉',
    'Premiers de cordée et start-up nation : nos stagiaires attendent toujours le ruissellement 🧗',
    "Les zadistes ont encore bloqué la route de l'entrepôt, nos camions font le tour 🚚",
    'Au rayon jouets, tout sauf le F.N. : nos poupées sont de toutes les couleurs 🌈',
    "Réarmement démographique, qu'ils disaient : commencez par des places en crèche 👶",
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));
});

describe('round 26k: the clean posts beside them', () => {
  it.each([
    'Visite de la sénatrice et du maire sur notre chantier de Brest : nos apprentis leur ont montré la charpente 👷',
    'Le député de la ville est venu découvrir notre nouvel atelier de couture ce matin 🧵',
    "Le ministre de l'Agriculture en visite sur notre stand au Salon de l'agriculture 🐄",
    'La préfète a visité notre centrale solaire de Narbonne avec les équipes de maintenance ☀️',
    'Élections du CSE : merci aux salariés qui ont voté, les résultats sont affichés en salle de pause 🗳️',
    'Qui a le plus de goût ? Notre nouveau sablé au beurre salé, évidemment 😋',
    'Dans la liste de gauche, choisissez votre taille puis votre couleur 👕',
    'Le programme de la journée : ateliers pour enfants et goûter à 16h 🎈',
    "Nos cartables à -20 % pour la rentrée : l'allocation de rentrée scolaire tombe le 20 août 🎒",
    "Fiers d'avoir soutenu la campagne de sensibilisation au dépistage du cancer du sein 🎀",
    "La dissolution du sucre dans l'eau chaude, c'est la base de notre sirop maison 🍯",
    'Nos biscuits font le tour du monde, de Cuba au Venezuela ✈️',
    "Le R'n'B des années 90 à fond dans le magasin ce samedi 🎶",
    'Manu, notre chef pâtissier, régale les Français depuis vingt ans 🎂',
    'Thème du défilé : tout sauf le noir ! Couleurs vives bienvenues 🌈',
    'Merci pour votre visite, madame la ministre !',
    "Monsieur le maire, merci d'avoir inauguré notre nouvelle boutique !",
    'Notre candidate au poste de responsable logistique a commencé lundi, bienvenue Sarah !',
    'Le taux de chômage baisse dans la région : on recrute 40 personnes à Lens !',
    'Les promesses de la semaine : livraison offerte et retours gratuits 📦',
    'Les spécialités régionales, notre liste de cadeaux préférée pour Noël 🎁',
    'Une heure de dégustation gratuite, quelle générosité de la part de notre chef 😄',
    "Blocage des prix sur 200 produits du quotidien jusqu'en mars, chez nous c'est maintenant 🛒",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
