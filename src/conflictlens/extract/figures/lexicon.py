"""The word lists the figure readers share: roles, verbs of killing and injuring, status words."""
from __future__ import annotations

from conflictlens.extract.dates import MONTHS
from conflictlens.text.numbers import TENS, UNITS

KILL_VERBS = frozenset(
    "killing killed kill kills assassinated assassinating murdering murdered executing executed slaying slew "
    "massacring massacred beheading beheaded eliminated eliminating liquidated "
    "neutralised neutralized neutralising neutralizing neutralise neutralize liquidating destroyed destroying slaughtering slaughtered butchering butchered lynched lynching "
    "crucified crucifying decapitated decapitating strangled strangling "
    # the present of a headline or a chronology ("Militants massacre 35 villagers")
    "massacre massacres murder murders behead beheads slay slays assassinate assassinates "
    "slaughter slaughters".split())
_KILL_PHRASES = frozenset((("fatally", "shot"), ("fatally", "shooting"), ("fatally", "stabbed"), ("fatally", "stabbing"), ("gunned", "down"), ("shoot", "dead"), ("shoots", "dead"), ("deaths", "of"), ("death", "of"), ("martyrdom", "of"),
                 ("killing", "of"), ("bodies", "of"), ("lives", "of"), ("shooting", "dead"), ("shot", "dead"),
                 ("killings", "of"), ("beheading", "of"), ("beheadings", "of"), ("massacre", "of"),
                 ("remains", "of"), ("corpses", "of"), ("throats", "of"), ("murder", "of"), ("murders", "of")))
_INJURE_PHRASES = frozenset((("injuries", "of"), ("injury", "of"), ("injuring", "of"), ("wounding", "of"),
                             ("injuries", "to"), ("wounds", "to")))
_VAGUE_WORDS = {"several": 3, "multiple": 3, "numerous": 3}
INJURE_VERBS = frozenset(
    "injuring injured injure injures wounding wounded wound wounds hurting hurt maiming maimed "
    "stabbed stabbing stabs".split())
KILLED_AFTER = frozenset(
    "killed dead died die dies perished slain murdered executed beheaded massacred "
    "fatalities deaths lifeless assassinated slaughtered butchered lynched strangled decapitated crucified "
    "succumbed martyred neutralised neutralized liquidated abated kia".split())     # ("abated": "abatido", translated)
INJURED_AFTER = frozenset("injured wounded hurt injuries hospitalised hospitalized stabbed shot treated wia".split())
STATUS_NOUNS = {"fatalities": "killed", "deaths": "killed", "dead": "killed", "killed": "killed", "kia": "killed", "wia": "injured",
                "death": "killed", "fatality": "killed", "bodies": "killed", "corpses": "killed",
                "martyred": "killed",       # "Blast near police mobile – 4 martyred" (a headline's, as "4 killed")
                "injured": "injured", "wounded": "injured", "injuries": "injured", "hurt": "injured"}

ROLES: dict[str, str] = {}
for _role, _words in {
    "people": "people persons person individuals others victims residents men women man woman "
              "activists protesters demonstrators prisoners detainees hostages migrants refugees "
              "fishermen drivers officials leaders commanders elders clerics wedding-goers mourners "
              "passengers worshippers workers villagers pedestrians bystanders passers-by "
              "relatives members staff employees farmers miners pilgrims students "
              "shoppers guests patients doctors journalists teachers people's crew "
              "crewmen volunteers rescuers medics paramedics firefighters locals youths youth "
              "sisters brothers sons daughters wives husbands mothers fathers parents siblings cousins "
              "nephews nieces grandchildren spectators loggers traders herders herdsmen vigilantes hunters civilians' "
              "pensioners retirees assistants candidates abductees trainees captives missionaries dignitaries "
              "faithful parishioners congregants believers churchgoers",
    "children": "children child kids kid minors minor boys boy girls girl teenagers teenager "
                "teens teen babies baby infants infant toddlers toddler schoolchildren pupils",
    "civilians": "civilians civilian",
    "soldiers": "soldiers soldier troops servicemen serviceman servicemembers personnel "
                "policemen policeman police officers officer guards guard marines "
                "paratroopers militiamen sailors airmen commandos peacekeepers conscripts "
                "gendarmes recruits cadets security rangers guardsmen corporals sergeants lieutenants captains "
                "colonels havildars sepoys naiks jawans inspectors",
    "attackers": "militants militant insurgents insurgent attackers attacker gunmen gunman "
                 "assailants assailant bombers bomber terrorists terrorist perpetrators "
                 "perpetrator fighters fighter combatants combatant rebels rebel jihadists jihadist extremists "
                 "shooters shooter hijackers kidnappers separatists guerrillas guerrilla guerillas guerilla taliban "
                 "suspects suspect bandits bandit maoists maoist naxals naxal naxalites naxalite infiltrators "
                 "infiltrator intruders intruder miscreants miscreant raiders raider hoodlums hoodlum khwarij khawarij kharijis",
}.items():
    for _w in _words.split():
        ROLES[_w] = _role
        if _w.endswith("men"):
            ROLES.setdefault(_w[:-3] + "man", _role)
        elif _w.endswith("ies"):
            ROLES.setdefault(_w[:-3] + "y", _role)
        elif _w.endswith("s") and not _w.endswith("ss") and len(_w) > 4:
            ROLES.setdefault(_w[:-1], _role)
for _w in ("police", "security", "forces", "military", "people's"):
    ROLES.pop(_w, None)
ROLES.update({"patrolman": "soldiers", "patrolmen": "soldiers", "privates": "soldiers",   # (not "private": "a private firm")
              "khwarij": "attackers", "khawarij": "attackers",
              "passer-by": "people", "passerby": "people", "wife": "people", "husband": "people", "son": "people", "daughter": "people",
              "mother": "people", "father": "people", "cops": "soldiers", "cop": "soldiers",
              "police": "soldiers", "security": "soldiers", "forces": "soldiers", "military": "soldiers",
              "army": "soldiers", "leader": "attackers", "commander": "attackers", "facilitator": "attackers",
              "vendor": "people", "contractor": "people", "engineer": "people", "driver": "people",
              "tourist": "people", "tourists": "people", "constable": "soldiers", "constables": "soldiers",
              "imam": "people", "priest": "people",
              # (religious orders and offices: "killed the abbot and injured three novices")
              **{w: "people" for w in ("novice", "novices", "abbot", "abbots", "nun", "nuns", "deacon", "deacons",
                                       "bishop", "bishops", "seminarian", "seminarians", "pastor", "pastors", "catechist",
                                       "catechists", "muezzin", "rabbi", "rabbis", "sayadaw")},
              "bodyguard": "soldiers", "bodyguards": "soldiers", "labourers": "people", "laborers": "people",
              "staff": "people", "trooper": "soldiers", "troopers": "soldiers", "jawan": "soldiers", "jawans": "soldiers",
              "agent": "people", "agents": "people", "diplomat": "people", "diplomats": "people", "judge": "people",
              "judges": "people", "lawyer": "people", "lawyers": "people", "politician": "people", "politicians": "people",
              "nationals": "people", "national": "people", "citizens": "people", "citizen": "people",
              "foreigners": "people", "foreigner": "people", "fans": "people", "supporters": "people",
              "tribesmen": "people", "tribesman": "people", "monks": "people", "monk": "people",
              "christians": "people", "muslims": "people", "graduates": "people", "scholar": "people",
              "councillor": "people", "councilor": "people", 
              "clerk": "people", "cleric": "people",
              "photographer": "people", "reporter": "people", "reporters": "people",
              "churchgoers": "people", "church-goers": "people", "worshipers": "people", "hostage": "people",
              "peacekeeper": "soldiers", "peacekeepers": "soldiers", "pirate": "attackers", "pirates": "attackers", "militiaman": "soldiers", "personnels": "soldiers",
              "customer": "people", "customers": "people", "commuters": "people", "commuter": "people",
              "grandson": "people", "granddaughter": "people", "grandfather": "people", "grandmother": "people",
              "uncle": "people", "aunt": "people", "colleague": "people", "companion": "people", "friend": "people",
              "neighbour": "people", "neighbor": "people", "fiance": "people", "fiancee": "people",
              "neighbours": "people", "neighbors": "people", "friends": "people", "colleagues": "people",
              "companions": "people", "onlookers": "people", "defenders": "soldiers", "defender": "soldiers",
              "followers": "people", "devotees": "people", "adherents": "people", "congregants": "people",
              "lawmakers": "people", "lawmaker": "people", "legislators": "people", "senators": "people",
              "parliamentarians": "people", "councillors": "people", "councilors": "people",
              "spy": "people", "spies": "people", "informer": "people", "informers": "people", "informant": "people",
              "informants": "people", "collaborator": "people", "collaborators": "people",
              "engineers": "people", "contractors": "people", "vendors": "people", "nurses": "people", "nurse": "people",
              "technicians": "people", "technician": "people", "surveyors": "people", "mechanics": "people",
              "shepherds": "people", "shepherd": "people", "merchants": "people",
              "truckers": "people", "cameramen": "people", "cameraman": "people",
              "surgeons": "people", "pharmacists": "people", "occupiers": "soldiers", "invaders": "soldiers",
              "operatives": "attackers", "operative": "attackers",
              # the Sahel's and Congo's state forces and their auxiliaries by their initials ("killing 20 VDP")
              "vdp": "soldiers", "fds": "soldiers", "fama": "soldiers", "fardc": "soldiers"})
# Nationals and communities as reports count them ("two Danes working for a magazine were hurt").
for _w in ("Americans Britons Afghans Iraqis Pakistanis Israelis Palestinians Syrians Turks Kurds Germans Indians "
           "Nigerians Somalis Kenyans Egyptians Libyans Yemenis Saudis Russians Ukrainians Danes Swedes Norwegians "
           "Finns Italians Spaniards Australians Canadians Koreans Filipinos Thais Indonesians Malians Nigeriens "
           "Cameroonians Ethiopians Eritreans Tunisians Algerians Moroccans Jordanians Iranians Bangladeshis "
           "Nepalis Europeans Westerners Arabs Jews Shiites Sunnis Hazaras Pashtuns Yazidis Copts Belgians Poles "
           "Georgians Chechens Uzbeks Tajiks Kazakhs Colombians Venezuelans Mexicans Brazilians Peruvians "
           "Chadians Ghanaians Ugandans Rwandans Burundians Tanzanians Mozambicans "
           "Emiratis Qataris Omanis Kuwaitis Bahrainis Azerbaijanis Armenians Serbs Croats Bosnians Albanians "
           "Greeks Cypriots Austrians Scots Afghanis").split():
    ROLES.setdefault(_w.lower(), "people")

_SKIP_BETWEEN = frozenset(
    "who were was have has had been being be are is also all reportedly later subsequently "
    "confirmed believed feared thought said reported have been were all that pronounced "
    "declared found fatally seriously critically severely lightly slightly mortally "
    "eventually instantly allegedly may might could have left got get gets became become resulted now".split())
# Verbs of violence that "to death" makes a killing ("stoned to death", "hack three men to
# death"); not "send two men to death" nor "put three suspects to death" (an execution order).
_TO_DEATH_STEMS = ("stab", "beat", "hack", "stone", "tortur", "burn", "club", "bludgeon", "kick", "trampl",
                   "crush", "lynch", "whip", "flog", "strangl", "chok", "bash", "batter", "shot", "shoot",
                   "bled", "bleed", "starv", "freez", "froze", "knif", "machet", "axe", "rap", "bayonet")
_SHOT_AND = frozenset("shot stabbed attacked beaten ambushed hacked tortured kidnapped abducted captured raped robbed "
                      "taken dragged".split())
_DETERMINERS = frozenset("his her their its".split())
_SAYING = frozenset("said says told reported wrote added announced confirmed stated".split())
# A saying verb that ends a noun phrase ("two witnesses said the boy ..."); not "13 reported dead"
_SAID = _SAYING - {"reported", "confirmed"}
UNITS_OR_TENS = frozenset(UNITS) | frozenset(TENS)
_PRONOUN_OBJECTS = {"him": "people", "her": "people", "himself": "attackers", "herself": "attackers"}


_BE = frozenset("were was been is are be being have has had".split())
_AFTER_BARE = frozenset(
    "and or , . ; : ) – — in on at when during after as while including in the near from "
    "with by others more this yesterday today late early overnight before who that aboard inside".split())
_SEVERITY = frozenset("seriously critically severely badly gravely lightly slightly moderately mortally".split())
# A vehicle's occupants, counted only with a determiner before the count ("the two occupants", "its three
# occupants", "both occupants"): bare "occupants" is Ukrainian reporting's word for the invading troops.
VEHICLE_OCCUPANTS = frozenset(("occupants", "occupant"))
OCCUPANTS_DETERMINERS = frozenset(("the", "its", "their", "both", "all", "his", "her"))
VEHICLES = frozenset("car cars vehicle vehicles bus minibus truck lorry van pickup jeep taxi ambulance tractor motorcycle "
                     "motorbike boat train tram trolleybus".split())     # (where occupants ride: not "the occupants' tanks")

_NOT_PERSON = frozenset(
    "days day hours hour weeks week months month years year minutes minute km kilometres kilometers miles "
    "metres meters percent per cent times vehicles vehicle cars car buildings building houses homes house "
    "cells gangs factions cartels clans brigades battalions "
    "tanks aircraft helicopters helicopter drones missiles rockets shells bombs rounds villages towns cities "
    "schools hospitals shops trucks buses bus boats ships weapons rifles "
    "animals cattle cows cow horses horse pigs pig sheep goats goat dogs dog camels camel donkeys donkey "
    "chickens birds livestock attacks bombings blasts explosions incidents shootings strikes raids ambushes "
    "clashes assaults encounters encounter gunfights firefights skirmishes confrontations battles operations "
    "occasions places locations sites areas".split())
_PLACE_NOUNS = frozenset(
    "station stations headquarters base bases post posts checkpoint checkpoints convoy convoys camp camps compound "
    "compounds building buildings vehicle vehicles truck trucks patrol patrols office offices academy academies "
    "uniform uniforms hideout hideouts logistics training den dens stronghold strongholds position positions depot depots "
    "cell".split())
_NOT_CASUALTY_VERBS = frozenset(
    "kidnapped abducted arrested detained captured rescued freed released evacuated displaced held took "
    "taking seized hijacked deported expelled recruited trained".split())
_NOT_AFTER_ACTIVE = frozenset("a an the his her their its another one two three four five six seven eight nine ten".split())


_FUNCTION = frozenset(
    "and or but of in on at to from by with for as who which that were was are is be been have has had "
    "when while after before during near".split())

_NAME_STOP = frozenset(
    "it this that there these those they we what which who a an the his her its their one another also "
    "and but in on at after before during when while then if whether unless".split())

_TITLES = frozenset(
    "mayor governor minister chief commander leader head director president deputy prosecutor official "
    "senator lawmaker legislator mp councillor councilor sheikh imam priest pastor businessman businesswoman "
    "owner manager editor spokesman spokeswoman secretary ambassador consul colonel general major captain "
    "lieutenant sergeant inspector superintendent chairman chairperson envoy emissary attache delegate representative".split())
WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_CALENDAR = WEEKDAY_NAMES | frozenset(
    "january february march april may june july august september october november december today yesterday".split())

_MONTHS = frozenset(MONTHS)       # month names and abbreviations, as the date reader knows them


_INJURY_NOUNS = frozenset("injuries injury wounds wound burns cuts concussion concussions fractures fracture".split())
