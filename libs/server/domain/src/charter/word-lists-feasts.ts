// Religious feasts of every major religion, with their spellings in French and English (lexicon.ts): a greeting
// before them ("Joyeux Hanoukka", "Happy Vesak") is the brand's greetings choice; named with a religious cue they
// are religion. Only religious feasts (not the Lunar New Year, Halloween, Nowruz); feasts that are also
// days off or words (Ascension, Pentecôte, Lent, Mardi Gras, Épiphanie, …) are left out: "bon pont de l'Ascension".
import { list } from './word-lists-discrimination';

export const FEASTS = list(`hanoukka|hanoukkah|hanoucca|hanouka|hanukkah|hanukah|hannukah|hannuka|chanukah|chanuka
  |hanukka|diwali|deepavali|divali|dipavali|vesak|wesak|vesakha|vaisakha
  |bouddha purnima|buddha purnima|buddha day|fete du bouddha|holi|holi festival|navratri|navaratri|durga puja|ganesh chaturthi
  |janmashtami|krishna janmashtami|raksha bandhan|makar sankranti|vaisakhi|baisakhi|gurpurab|guru nanak jayanti
  |bandi chhor divas|aid el adha|aid al adha|eid al adha|eid ul adha|eid ul fitr|eid el fitr|aid el fitr|aid al fitr
  |aid el kebir|aid el seghir|aid moubarak|tabaski|korite|mawlid|mawlid an nabi|mouloud|maoulid|achoura|ashura
  |laylat al qadr|nuit du destin|isra et miraj|roch hachana|rosh hashana|rosh hashanah|roch hachanah|yom kippour
  |yom kippur|souccot|soukkot|sukkot|sukkos|pourim|purim|chavouot|shavuot|pessah|pesach|passover|paque juive
  |tou bichvat|tu bishvat|simhat torah|simchat torah|paques orthodoxe|orthodox easter|noel orthodoxe
  |orthodox christmas|careme|nativite|nativity|vaisakhi
  |ridvan|chag sameach|hag sameah|chag pessah sameach|shana tova|shanah tovah|gmar hatima tova|ramadan kareem`);
