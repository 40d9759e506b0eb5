"""Event type, sub-event type and weapon, as ACLED's codebook spells them.

Each cue is a pattern over lower-cased text with the weapon it names and the
ACLED sub-event type it implies; the most specific cue of an incident wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from conflictlens.extract import actors
from conflictlens.text.alternation import ascii_only, by_first_letter, contains_any, top_alternatives

EXPLOSIONS = "Explosions/Remote violence"
BATTLES = "Battles"
VAC = "Violence against civilians"
STRATEGIC = "Strategic developments"
PROTESTS = "Protests"
RIOTS = "Riots"

SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
GRENADE = "Grenade"
CHEMICAL = "Chemical weapon"
CLASH = "Armed clash"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"
SEXUAL = "Sexual violence"
ARRESTS = "Arrests"
DESTRUCTION = "Looting/property destruction"   # ACLED's name
DISRUPTED = "Disrupted weapons use"     # a bomb found and defused (ACLED's Strategic developments)

SUB_TO_TYPE = {
    SHELLING: EXPLOSIONS, AIR: EXPLOSIONS, IED: EXPLOSIONS, SUICIDE: EXPLOSIONS,
    GRENADE: EXPLOSIONS, CHEMICAL: EXPLOSIONS, CLASH: BATTLES, ATTACK: VAC,
    ABDUCTION: VAC, SEXUAL: VAC, ARRESTS: STRATEGIC, DESTRUCTION: STRATEGIC, DISRUPTED: STRATEGIC,
    "Peaceful protest": PROTESTS, "Protest with intervention": PROTESTS,
    "Excessive force against protesters": PROTESTS, "Violent demonstration": RIOTS,
    "Mob violence": RIOTS,
}


@dataclass(frozen=True, slots=True)
class Cue:
    weapon: str | None
    sub_event_type: str | None   # None: a generic cue that needs another to type it
    rank: int                    # higher is more specific
    start: int
    end: int


# Two armed sides named as such: "between two criminal cells", "between rival gangs"
BETWEEN_SIDES = (r"between (?:two |rival |the )?(?:local |armed |criminal |drug |rebel |militant )?"
                 r"(?:groups|gangs|cartels|cells|factions|militias|clans|tribes|formations|brigades)"
                 # (not "between two groups of villagers": a brawl, no armed sides)
                 r"(?! of (?:villagers|residents|people|students|protesters|youths?|locals|neighbours|workers))")
# ... or each side by a noun of armed men: "Fighting between Fano militiamen and Ethiopian federal forces"
_ARMED_NOUN = (r"(?:militiam[ae]n|militias?|forces?|troops|army|rebels|fighters|militants|insurgents|police|soldiers|groups|gangs|guerrillas"
               r"|brigades?|battalions?|regiments?|factions?"
               r"|jihadists|gunm[ae]n|tribesm[ae]n|clansm[ae]n|combatants|paramilitaries|vigilantes)")
BETWEEN_FORCES = rf"between (?:[\w'-]+ ){{0,3}}?{_ARMED_NOUN}(?: \([^()]{{1,24}}\))? and (?:[\w'-]+ ){{0,3}}?{_ARMED_NOUN}"   # ("the Special Deterrence Force (Rada) and the 444 Brigade")

# Armed groups by name, as headlines make them the subject: "ISWAP attacks army base in Marte"
_NAMED_GROUPS = tuple(re.escape(g) for g in sorted(actors.GROUP_WORDS))
# (pattern, weapon, sub-event type, rank)
# a crowd's fight told right after the crowd: "supporters of two rival candidates clashed", "residents of two villages
# attacked each other with arrows"
_CROWD_FOUGHT = (r"(?: [\w-]+){0,4}? (?:(?:clashed|fought|exchanged blows)\b(?! (?:with|against) (?:the )?(?:police|troops|soldiers"
                 r"|security|army|militants|armed|gunmen|herders|bandits|militia)| back)"
                 r"|(?:attacked|chased|pelted) each other\b|(?:hurled|threw) (?:stones|rocks|bricks|sticks) at each other\b)")
_CUES: list[tuple[str, str | None, str | None, int]] = [
    (r"chemical (?:weapons?|attacks?|munitions?)|chlorine (?:gas|attack)|sarin|mustard gas", "chemical weapon", CHEMICAL, 9),
    (r"suicide (?:bomb(?:er|ing)?s?|attack(?:er)?s?|assaults?|car bomb(?:er|ing)?s?|vests?|blasts?)|blew (?:himself|herself|themselves) up|detonated (?:his|her|their) (?:explosive|suicide)"
     r"|an? martyrdom (?:operation|attack)|martyrdom (?:operations?|attacks?) (?:against|targeting)\b"
     + "".join("|" + verb + r" (?:\w+ )?martyrdom (?:operations?|attacks?)" for verb in ("carried out", "launched", "conducted"))
     + r"|claimed (?:\w+ )?martyrdom (?:operations?|attacks?) (?:on|in|at)\b"
     r"|istishhadi (?:operation|attack)|inghimasi (?:operation|attack)", "suicide bomb", SUICIDE, 9),
    # explosive remnants of war: an old shell that goes off ("an unexploded shell they were playing with blew up")
    # (the ordnance that went off, not shells found or removed later)
    ("|".join(w + r" (?:an? |the |some )?(?:piece of |old |leftover )?unexploded (?:[\w-]+ ){0,2}?(?:shells?|ordnance|bombs?|mortars?"
              r"|rockets?|devices?|munitions?|grenades?|submunitions?|bomblets?)" for w in ("by", "from", "when", "after", "as"))
     + r"|unexploded (?:[\w-]+ ){0,2}?(?:shells?|ordnance|bombs?|mortars?|rockets?|devices?|munitions?|grenades?|submunitions?|bomblets?)"
     r"(?: [\w-]+){0,8}? (?:exploded|blew up|went off|detonated)\b|explosive remnants? of war|war remnants"
     r"|by (?:leftover|left-over|old) (?:ordnance|munitions?|shells?)",
     "unexploded ordnance", IED, 8),
    (r"ballistic missiles?|iskander(?:-m)?|kinzhal|atacms|\bs-[34]00s?\b|tochka(?:-u)?", "ballistic missile", SHELLING, 8),
    # a defence ministry's own words for its missile strike: "delivered a strike with high-precision long-range weapons on"
    ("|".join(verb + r" (?:a |an )?(?:massive |group |combined )?strikes? (?:with|by|using) "
              r"(?:high-precision|long-range|precision)(?: [\w-]+){0,3}? weapons?"
              for verb in ("delivered", "launched", "carried out", "inflicted")), "missile", SHELLING, 6),
    # ... and an army's: "carried out precise strikes on the hideouts of terrorist organisations"
    ("|".join(verb + r" (?:precise|precision|pinpoint|targeted) strikes? (?:on|against)\b"
              for verb in ("carried out", "conducted", "launched", "delivered")), None, SHELLING, 3),
    (r"cruise missiles?|kalibr|kh-\d+|storm shadows?|scalp\b|tomahawks?\b|neptune\b", "cruise missile", SHELLING, 8),
    (r"glide[- ]bombs?|guided[- ](?:aerial |air )?bombs?|guided aerial munitions?|\bkabs?\b|\bumpks?\b|fab-\d+s?\b"
     r"|\bfabs?\b(?= (?:strikes?|bombs?|attacks?|hit|hits|struck|on)\b)", "glide bomb", AIR, 8),     # ("a FAB strike on a factory")
    (r"car bombs?|truck bombs?|vbieds?|vehicle[- ]borne|booby[- ]trapped (?:car|vehicle|truck)", "car bomb", IED, 8),
    (r"\bdrones?\b|\buavs?\b|shaheds?|geran(?:-\d)?s?\b|lancet (?:drones?|loitering)|lancets? (?:hit|struck)|molniyas?\b|unmanned aerial|unmanned flying (?:machines?|apparatus|vehicles?)|loitering munitions?|quadcopters?|fpvs?\b", "drone", AIR, 7),
    # (air support that fired, not that was sent: "air support had been deployed" is reinforcements)
    (r"air ?strikes?|air raids?(?! (?:alerts?|sirens?|warnings?|alarms?|shelters?)\b)|aerial (?:bombardment|attack|strike|bomb)s?\b|air-dropped bombs?|dropped (?:a |an |two |three |several )?(?:\w+ )?bombs?\b"
     r"|jets? (?:bombed|struck|dropped|fired)|planes? (?:bombed|struck|dropped|fired)|aircraft (?:bombed|struck|dropped|fired)"
     r"|helicopters? (?:bombed|struck|dropped|fired)|warplanes?|fighter jets?|helicopter gunships?|bombed from the air|air support(?! (?:[\w-]+ ){0,2}?(?:deployed|sent|dispatched|arrived|mobili[sz]ed|on standby|en route)\b"
     r"(?![^.;]{0,60}\b(?:struck|bombed|fired|hit|strafed|engaged|pounded|targeted)\b))"
     r"|air weapons team|precision strike|a(?<!civil a)(?<!civilian a)viation (?:struck|hit|bombed|attacked|targeted|carried out|launched|destroyed)\b"
     # a junta's or an army's word for a strike from the air: "conducted an air operation against a base of PDF terrorists"
     # (not one that backed troops: "Troops backed by an air operation against Boko Haram killed 15")
     r"|a(?<!by an a)(?<!by a)ir (?:operations?|raids?) (?:against|on|targeting)\b"
     r"|a(?<!by an a)(?<!by a)erial operations? (?:against|on|targeting)\b"
     # the coalition's raids as Yemeni and Syrian agencies tell them: "launched yesterday three raids on Ras Isa area"
     r"|launched (?:\w+ ){0,3}?(?:raids|\d+ raids) (?:on|against|targeting)\b"
     + r"|air vectors?(?= (?:struck|hit|bombed|targeted|neutrali[sz]ed|destroyed|engaged|carried out)\b)", "airstrike", AIR, 7),     # (a French army's "vecteur aérien")
    # a junta's or an army's word for one strike from the air, its weapon untold: "conducted an air attack, clearing the
    # terrorists" (below the weapons a report names; not a drill, nor one accused of: "accused Russia of having launched
    # air attacks")
    ("|".join(verb + r" an air attack\b(?! drill| exercise| simulation)" for verb in ("conducted", "carried out", "launched")),
     "airstrike", AIR, 5),
    (r"\bmlrs\b|multiple[- ]launch|multiple[- ]rocket|rocket launchers?|\bgrad\b|smerch|uragan|himars|tornado-s|vampire (?:rockets?|mlrs|launchers?|systems?)", "MLRS", SHELLING, 7),
    (r"\bgrenades?\b(?<!propelled grenade)(?<!propelled grenades)", "grenade", GRENADE, 7),
    (r"\bieds?\b|improvised explosive|roadside (?:bombs?|blasts?)|explosive devices?|magnetic bombs?|sticky bombs?|pipe bombs?|parcel bombs?|motorbike bombs?|motorcycle bombs?|bicycle bombs?"
     r"|remote[- ]controlled (?:bombs?|devices?|blasts?)"
     r"|ataques? con explosivos|artefactos? explosivos?|engins? explosifs?", "IED", IED, 7),
    (r"landmines?|land mines?|anti-(?:tank|personnel) mines?|\bstepped on a mine|\bmine explo|\bmine blast"
     r"|hit an? (?:\w+ )?mine\b|struck an? (?:\w+ )?mine\b|ran over an? (?:\w+ )?mine\b|drove over an? (?:\w+ )?mine\b"
     r"|triggered an? (?:\w+ )?mine\b", "landmine", IED, 7),
    (r"\bmortars?\b", "mortar", SHELLING, 6),
    # a state's strike, weapon untold ("An Israeli strike hit near the hospital"): from the air, most often
    # (followed by what it did or where: not "an Israeli strike by doctors", "a NATO strike group")
    ("|".join(side + r" strikes?(?= (?:on|near|hit|hits|killed|kills|wounded|injured|damaged|destroyed|targeted|targeting|in|against"
              r"|that|which|at dawn|overnight|late|early)\b|[,.;:)]|$)" for side in (
        "israeli", "russian", "ukrainian", "american", "saudi", "saudi-led", "turkish", "iranian", "pakistani",
        "jordanian", "emirati", "enemy", "houthi"))
     # ... or told by its army ("The Israeli military said it struck a Hezbollah command centre")
     + "".join("|" + side + r" (?:military|army|air force|forces|defen[cs]e forces) (?:said|says)(?: on \w+)? (?:it|they) (?:had )?"
               r"(?:struck|bombed|carried out (?:a |an )?(?:precise |targeted )?(?:air ?)?strikes? on) (?:an? |the |several |\d+ )?"
               r"(?:[\w-]+ ){0,3}?(?:targets?|positions?|sites?|command|centres?"
               r"|centers?|depots?|bases?|compounds?|buildings?|launchers?|infrastructure|facility|facilities|cells?"
               r"|commanders?|terrorists?|operatives?|militants?|leaders?)\b"
               r"(?![^.;]{0,60}\b(?:ground|raid|arrest|intelligence-based|search operation|clearance operation|combing))"
               for side in ("israeli", "russian", "ukrainian", "american", "turkish", "pakistani", "iranian", "saudi-led"))
     # ("IDF says it struck Hamas commander", "The IDF said it had carried out a precise strike on a senior terrorist")
     + "".join(r"|\b" + army + r"(?: and (?:the )?(?:shin bet|isa))? (?:said|says)(?: on \w+)? (?:it|they) (?:had )?(?:struck(?: and (?:eliminated|killed))?|bombed"
       r"|carried out (?:a |an )?(?:precise |targeted )?"
       r"(?:air ?)?strikes? on) (?:an? |the |several |\d+ )?(?:[\w-]+ ){0,3}?(?:targets?|positions?|sites?|command|centres?|compounds?"
       r"|buildings?|launchers?|infrastructure|cells?|commanders?|terrorists?|operatives?|militants?|leaders?"
       r"|vehicles?|facility|facilities|depots?|tunnels?|shafts?|structures?)\b(?![^.;]{0,40}\b(?:ground|raid|arrest))"
               for army in ("idf", r"israel defen[cs]e forces"))
     # ... or in its own words ("Earlier today, the IDF struck terrorists of the Hamas terrorist organization", "The IDF
     # overnight struck a Hezbollah weapons storage facility")
     # ("the IDF struck a Hamas command centre", "the IDF conducted a precise strike on Hamas terrorists")
     + r"|\bthe idf (?:(?:overnight|earlier today|today|yesterday|on \w+day) )?(?:struck (?:and (?:eliminated|killed) )?"
       r"|(?:conducted|carried out) (?:a |an )?(?:precise |targeted )?strikes? (?:on|against) )(?:an? |the |several |\d+ )?(?:[\w-]+ ){0,3}?"
       r"(?:terrorists?|operatives?|militants?|commanders?|targets?|launchers?|cells?|vehicles?|facility|facilities|depots?"
       r"|tunnels?|shafts?|structures?|sites?|infrastructure|command|centres?|centers?|compounds?|headquarters|posts?"
       r"|positions?|hideouts?|buildings?)\b(?![^.;]{0,40}\b(?:ground|raid|arrest))"
     # ... or a side's forces that struck a site behind the lines ("Ukrainian forces struck an oil depot near
     # Novoshakhtinsk"): a strike from afar, weapon untold
     + "".join("|" + side + r" (?:forces|troops|military|army|navy|air force) (?:also )?(?:struck|hit|targeted) (?:an? |the )"
               r"(?:[\w-]+ ){0,3}?(?:depot|refinery|airfield|air ?base|warehouse|plant|substation|port|bridge|terminal"
               r"|arsenal)s?\b" for side in ("israeli", "russian", "ukrainian", "american", "turkish"))
     # ... or no one's, told by what it hit: "a strike near the entrance of the hospital damaged its facade"
     + "".join("|" + det + r" strikes? (?:near|hit|hits|damaged|destroyed|targeted|killed|wounded|injured"
               r"|on (?:a|an|the) (?:[\w-]+ ){0,2}?(?:convoy|house|home|residential|village|market|car|vehicle|position|base"
               r"|depot|port|bridge|apartment|building)s?)\b" for det in ("a", "an", "the")), None, AIR, 5),
    (r"\bmissiles?\b", "missile", SHELLING, 6),
    # a ship's report of what hit it, unnamed: "the vessel was struck by an unknown projectile" (not a thrown one: "officers
    # were hit by projectiles")
    ("|".join(ship + r"(?: [\w-]+){0,3}? (?:was |were |had been |reported being |reports being )?(?:struck|hit) by (?:an? |two "
              r"|several )?(?:unknown |unidentified )?(?:aerial )?projectiles?\b(?! thrown| hurled)"
              for ship in ("vessel", "ship", "tanker", "carrier", "freighter", "boat")), None, SHELLING, 5),
    (r"\brockets?\b(?![- ]propelled)", "rocket", SHELLING, 6),
    # rocket-propelled grenades fired into a place from afar: "fired rocket-propelled grenades into a camp" (at a
    # convoy or a post, a fight's weapon: small arms below)
    ("|".join(rpg + r" (?:[\w-]+ ){0,3}?(?:into|landed|slammed|hit|struck)\b" for rpg in (r"rocket[- ]propelled grenades?", r"\brpgs?")),
     "rocket", SHELLING, 6),
    # a shell or rocket untold which, that hit a place: "a projectile hit a bus stop" (not one thrown at police)
    ("|".join(det + r" (?:\w+ )?projectiles? (?:hit|struck|landed|fell|exploded|slammed)\b"
              for det in ("a", "an", "the", "two", "three", "several")), None, SHELLING, 5),
    # (not "shell casings", "spent shells": a shooting's cartridges)
    # (nor "tear gas shells", what police fire at a crowd)
    (r"artillery|shelling|shelled|shells?\b(?<!spent shell)(?<!spent shells)(?<!tear gas shell)(?<!tear gas shells)(?<!tear-gas shell)(?<!tear-gas shells)(?! casings?| cases)|howitzers?|tank fire", "artillery", SHELLING, 6),
    # houses blown up or razed, no one fighting: ACLED's destruction of property
    # (by armed men: not homes razed by floods, nor a blast that demolished houses)
    ("|".join(agent + r" (?:[\w-]+ ){0,3}?(?:detonated|blew up|demolished|bulldozed|razed|dynamited)"
              r" (?:[\w-]+ ){0,3}?(?:houses|homes|buildings|dwellings)\b"
              for agent in ("troops", "army", "forces", "soldiers", "militants", "fighters", "settlers", "militiamen", "gunmen",
                            "rebels", "bandits", "enemy", "occupiers", "insurgents", "attackers", "bulldozers")),
     None, DESTRUCTION, 3),
    (r"\bbomb(?:s|ing|ings|ed)?\b|explosions?|\bblasts?\b|exploded|explosives?|detonat", None, IED, 3),
    # a vehicle or a parcel that blew up where it was left: "a motorbike parked near the roundabout blew up"
    ("|".join(thing + r"s? (?:[\w-]+ ){0,6}?blew up\b"
              for thing in ("motorbike", "motorcycle", "car", "vehicle", "bicycle", "cart", "van", "parcel", "bag", "package")),
     None, IED, 3),
    (r"abduct(?:ed|ion|s)?|kidnap(?:ped|ping|s)?|taken hostage|hostages?(?! deal| talks| negotiations| families| exchange| release)"
     # a boat, bus or plane hijacked with its people; children taken to fight
     r"|hijack(?:ed|ing) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:dhow|ship|vessel|boat|bus|plane|aircraft|trawler)s?\b(?! of state)"
     + "".join("|" + verb + r"(?: [\w-]+){0,8}? for forced recruitment" for verb in ("took", "taken", "abducted", "seized"))
     + r"|forcibly recruit(?:ed|ing) (?:\d+|[a-z]+)\b",
     None, ABDUCTION, 5),    # (not "a hostage deal"; nor "the release of the remaining hostages": find_cues)
    (r"\braped\b|\brape\b|sexual violence|sexually assaulted", None, SEXUAL, 5),
    # a crowd fighting the police: a riot ("fans fought with riot police"; listed before the clash words)
    ("|".join(verb + r" with (?:riot |the )?police" for verb in ("clashed", "fought", "scuffled"))
     + r"|police (?:clashed|fought|scuffled) with (?:protesters|demonstrators|fans|students|youths|supporters|residents)",
     None, "Violent demonstration", 3),     # (rank 3: a fight, so a riot even where people were hurt)
    (r"firefights?\b|gun ?battles?|gunfights?|exchanges? of (?:gun)?fire|exchanged (?:gun)?fire|exchanging (?:gun)?fire"
     r"|exchanges? of small[- ]arms(?: and (?:mortar|machine[- ]gun|rocket|artillery))? fire"     # ("exchanges of small-arms
     #                                                                                          and mortar fire between ...")
     r"|returned fire|ambush(?:ed)?", "small arms", CLASH, 4),
    # fire on an army's positions, told by the side fired on, casualties or none ("Azerbaijani units opened fire
    # from small arms at Armenian combat positions near Nerkin Hand")
    ("|".join(verb + r"(?: [\w-]+){0,5}? (?:at|on) (?:the )?(?:[\w-]+ ){0,3}?(?:combat )?(?:positions|posts|outposts|checkpoints?)\b"
              for verb in ("opened fire", "subjected to fire")), "small arms", CLASH, 4),
    # a translated report's own words: "an enfrentamiento between gunmen and soldiers", "combates between the ELN and ..."
    (r"enfrentamientos?\b|combates\b|affrontements?\b"
     # ... and the French "prise à partie" of a unit, rendered word for word: "the unit was taken to task by terrorists"
     # (by armed men: "taken to task by rights groups" is criticised)
     + "".join(r"|" + v + r" taken to task(?: \([^)]{1,40}\))? by (?:[^ ]+ ){0,2}?"
               r"(?:terroristes?|terrorists|militants|gunmen|jihadists|insurgents|rebels|bandits|armed men|fighters|assailants"
               r"|attackers|enemy)"
               for v in ("was", "were")), None, CLASH, 4),
    # a post taken by storm: "ISWAP claims overrunning army base in Malam Fatori"
    (r"overr(?:an|un|uns|unning) (?:an? |the )?(?:army |military |police |security )?(?:base|outpost|positions?|barracks"
     r"|(?:army|military) (?:post|camp|checkpoint))\b",
     None, CLASH, 4),
    # (fighting and clashes name no weapon: "fighting flares in Avdiivka" may be shelling)
    (r"clash(?:ed|es)?|combats? between|armed confrontations?|confrontations? " + BETWEEN_SIDES + r"|skirmish(?:es)?|fighting|fought|battles?\b|in combat\b|during combat\b|engaged (?:the |a |an )?(?:\w+ )?(?:enemy|insurgents|militants|militia|militiamen|bandits|terrorists|gunmen|fighters|rebels|attackers|khwarij|khawarij)|an encounter\b|a (?:fierce |heavy |brief |fresh )?encounter\b|the encounter\b|armed encounters?\b|gun encounters?\b|encounters? (?:with|between) (?:the )?(?:security|troops|police|army|soldiers|forces|militants)|assault(?:ed)? (?:on )?(?:positions|the town|the village)"
     # an armed group's own word for its attack on troops: "carried out an offensive action against the military base"
     + "".join(r"|" + v + r" (?:an? |several |two |three )?(?:offensive|armed|military) actions? against (?:the |a |an |our )?(?:\w+ )?"
               r"(?:military|army|police|troops|base|positions?|posts?|battalion)"
               for v in ("carried out", "conducted", "launched", "executed", "undertook", "carries out", "conducts")),
     None, CLASH, 4),
    (r"gunm[ae]n|rocket[- ]propelled grenades?|\brpgs?\b|shot dead|shot and killed|gunned down|opened fire|gunfire|live (?:fire|ammunition|rounds|bullets)(?! (?:drills?|exercises?|training|firing)| in(?:to)? the air)|shooting|shootout|\bshot\b(?! down (?:[\w-]+ ){0,3}(?:drones?|uavs?|missiles?|rockets?|shaheds?)\b)|\bshots\b|firearms?|rifles?|machine ?guns?|snipers?|small[- ]arms"
     r"|came under fire|came under heavy fire|comes under fire|come under fire|was fired on|were fired on|was fired upon"
     r"|were fired upon|fired (?:(?:up)?on|at) (?:a |an |the )?(?:police |security |army |military |border |humanitarian |aid |relief"
     r" |un |ngo |medical |civilian |passenger |food )?(?:forces? )?(?:party|post|picket|patrol|checkpoint"
     r"|convoy|team|personnel|troops|soldiers|policemen|guards)\b", "small arms", None, 4),
    (r"stabb(?:ed|ing)|knife|knives|machetes?|\baxe\b|hacked (?:[\w-]+ ){0,3}?to death|beheaded|beaten to death|set on fire|burned alive|stoned (?:[\w-]+ ){0,3}?to death"
     # a beating of people: "militiamen beat two community health workers" (not "beat them back", "was beaten in the election")
     r"|beat (?:up )?(?:[\w-]+ ){0,4}?(?:workers|men|women|people|civilians|villagers|residents|staff|journalists"
     r"|students|nurses|doctors|teachers|farmers|traders|volunteers|members|officials|patients|youths|boys|girls)\b(?! back| off)"
     r"|beat (?:him|her|them) (?:up|with|severely|badly|unconscious|to death)\b"
     r"|was (?:severely |badly |brutally )?beaten (?:up|by|with|to death|unconscious)\b"
     r"|were (?:severely |badly |brutally )?beaten (?:up|by|with|to death|unconscious)\b",
     "melee weapon", None, 4),
    # a fight told by its outcome: "repelled an enemy attack", "knocked the enemy out of its positions", "counterattacked"
    (r"repel(?:led|s)? (?:(?!drone|missile|rocket|air|cyber|hacker)[\w-]+ ){0,3}?(?:attacks?|assaults?|offensives?)"
     r"|repuls(?:ed|es|e) (?:(?!drone|missile|rocket|air|cyber|hacker)[\w-]+ ){0,3}?(?:attacks?|assaults?|offensives?)"
     r"|beat (?:off|back) (?:\w+ ){0,2}?(?:attacks?|assaults?)|knocked the enemy out|knocked out the enemy"
     + "".join(r"|" + w + r" (?:\w+ ){0,3}?counter-?attack(?:ed|s)?"
               for w in ("forces", "troops", "army", "units", "brigade", "battalion", "paratroopers", "marines", "soldiers"))
     + r"|counter-?attack(?:ed|s)? (?:on |against )?(?:the )?(?:enemy|russian|ukrainian|positions)",
     None, CLASH, 4),
    # an armed group that attacks is an incident even before any toll: a clash when it attacks forces
    # ("Rebels attack border guards"), otherwise an attack whose target the rest of the report tells
    ("|".join(group + r" (?:\w+ )?(?:attack(?:ed|s)?|storm(?:ed|s)?|raid(?:ed|s)?|ambush(?:ed|es)?) (?:\w+ ){0,2}?"
              r"(?:border guards?|guards|troops|soldiers|police(?:men)?|positions?|checkpoints?|posts?|bases?|convoys?|patrols?"
              r"|barracks|servicemen)\b" for group in (
        "rebels", "militants", "insurgents", "separatists", "gunmen", "fighters", "militiamen", "jihadists", "extremists")),
     "small arms", CLASH, 4),
    # ... armed men by a military target only ("Armed men attacked a gendarmerie post"; not "a health post", "a post office")
    (r"armed (?:men|groups?) (?:\w+ )?(?:attack(?:ed|s)?|storm(?:ed|s)?|raid(?:ed|s)?|ambush(?:ed|es)?) (?:\w+ ){0,2}?"
     r"(?:(?:army|military|police|gendarmerie|security|border|checkpoint|vdp|fds|fama|minusma|monusco|un|peacekeeping) "
     r"(?:posts?|convoys?|patrols?|bases?|camps?)|(?:[\w-]+ )?(?:posts?|convoys?) of the (?:army|military|police|gendarmerie)"
     r"|(?:[\w-]+ )?bases?|border guards?|troops|soldiers|police(?:men)?|positions?|checkpoints?|barracks|servicemen)\b",
     "small arms", CLASH, 4),
    # ... also by its name, as a headline's subject ("ISWAP attacks army base in Marte"; not the noun,
    # "Hamas attacks on army posts")
    ("|".join(group + r" (?:attack(?:ed|s)?|storm(?:ed|s)?|raid(?:ed|s)?|ambush(?:ed|es)?) (?!on |against |in |by |that |which )"
              r"(?:\w+ ){0,2}?(?:border guards?|guards|troops|soldiers|police(?:men)?|positions?|checkpoints?|posts?|bases?"
              r"|convoys?|patrols?|barracks|servicemen)\b" for group in _NAMED_GROUPS), "small arms", CLASH, 4),
    ("|".join(group + r" (?:\w+ )?(?:attack(?:ed|s)?|storm(?:ed|s)?|raid(?:ed|s)?|ambush(?:ed|es)?)\b" for group in (
        "rebels", "militants", "insurgents", "separatists", "gunmen", "fighters", "militiamen", "jihadists", "extremists",
        "troops", "soldiers", "settlers", "bandits", "raiders", "assailants", "attackers", "armed men", "armed group",
        "armed groups")), None, None, 2),
    # an attack told as deadly without a toll ("Al-Shabaab claims deadly attack on Mogadishu eatery")
    (r"deadly (?:\w+ )?(?:attack|assault|raid|ambush|strike|bombing|blast|explosion|shooting)\b",
     None, None, 2),
    # a killing without a count or weapon ("the governor was assassinated") is still an incident
    # a crowd's killing ("residents lynched nine suspected kidnappers"): an incident, a riot's sub-type
    (r"lynched\b", "melee weapon", "Mob violence", 2),
    (r"murder(?:ed|s)?|assassinat(?:ed|es|e|ion|ions)|slaughter(?:ed|ing|s)?|massacred|sla(?:y|ys|in)|slew|behead(?:ed|s)?"
     r"|summarily executed|summary executions?|extrajudicial(?:ly)? (?:killed|killings?|executions?)"
     r"|executed (?:[\w-]+ ){0,4}?(?:civilians|men|people|prisoners|captives|hostages|villagers|boys|women|children|residents)\b",
     None, None, 2),
    # ground taken: "captured the village of X", "took control of the town", "liberated the settlement"
    ("|".join(verb + r" (?:the )?(?:villages?|towns?|city|settlements?|districts?|positions?|territory|area|base|hill|outpost"
              r"|checkpoint|airport|strongholds?)\b"
              for verb in ("captured", "seized", "took control of", "taken control of", "liberated", "recaptured", "retook",
                           "overran", "entered", "liberation of", "capture of", "seizure of"))
     # (as a claim's noun: "completed the liberation of the settlement of Zverevo", "the capture of the village")
     ,
     None, CLASH, 4),
    (r"arrest(?:ed|s)?|detain(?:ed|s)?|detention|captured|capture of|apprehended|taken into custody|rounded up", None, ARRESTS, 2),
    (r"\bprotest(?:ers|ed|s|ing)?\b|demonstrat(?:ors|ion|ions)|rall(?:y|ies)|marchers|protest march|\bsit-ins?\b"
     r"|\bmarched(?<!soldiers marched)(?<!troops marched)(?<!rebels marched)(?<!fighters marched)(?<!militants marched)"
     r" (?:peacefully\b|through the streets\b)"
     r"|a march by (?!soldiers|troops|veterans|the army|cadets)"
     # ("transport workers march against extortion", "drivers marched to Congress, demanding action")
     r"|\bmarch(?<!troops march)(?<!soldiers march)(?<!fighters march)(?<!rebels march)(?<!militants march)"
     r"(?<!militiamen march)(?<!forces march)(?<!army march)(?:ed|es)? against\b"
     r"|\bmarched(?<!troops marched)(?<!soldiers marched)(?<!rebels marched)(?<!fighters marched)\b(?=[^.;]{0,80}\b(?:demanding"
     r"|to demand|calling for|to protest|in protest|chanting)\b)"
     # a crowd gathered to demand something: "a crowd of opposition supporters gathered peacefully outside the tabulation
     # centre, singing and demanding access"
     r"|gathered (?:peacefully )?(?=[^.;]{0,90}\b(?:demanding|to demand|calling for|to protest|in protest|chanting)\b)",
     None, "Peaceful protest", 2),
    # what makes a protest a riot: "protesters torch police station", "rioters pelted police with stones"
    # ... and a fight of unorganised crowds: rival supporters, two villages' residents, a mob's justice
    # (the crowds told as fighting each other: not "bandits killed 15 villagers of two communities", "arrested 30 rival
    # supporters"; not the mafia's "mob boss", "a mob-style killing")
    # (a mob told doing violence, not the mafia's "mob associate", "the mob is suspected", an "online mob")
    # (the mob word alone, the rest of the clause left to the other cues: "a mob of protesters set fire to ...")
    (r"by an? (?:angry |irate |large |armed )?mob\b|mob justice|jungle justice|lynching\b"
     # a crowd's justice told in the passive: "was beaten to death by villagers", "set ablaze by residents"
     + "".join(r"|" + deed + r"(?: [\w-]+){0,3}? by (?:angry |irate |enraged )?(?:residents|villagers|youths|a crowd|crowds"
               r"|locals|community members|passers-by)\b"
               for deed in ("beaten", "stoned", "hacked", "burnt", "burned", "ablaze", "alight", "assaulted", "clubbed", "alive",
                            "lynched"))
     # ... and told in the active, the crowd first: "Angry villagers ... set ablaze a man suspected of being an informant"
     + "".join(r"|" + who + r"(?= (?:(?!and |said |say |says |told )[\w-]+ ){0,8}?(?:set ablaze|set alight|set on fire|burnt|burned"
               r"|stoned|clubbed|beat (?:[\w-]+ )?to death(?: and set (?:ablaze|alight|on fire))?) (?:a|an|two"
               r"|three|four|\d+) (?:[\w-]+ )?(?:man|woman|men|women|boy|youth|suspect|suspects|person|persons|people)\b)"
               for who in ("villagers", "residents", "youths", "locals", "a crowd"))
     + "".join(r"|" + det + r" (?:angry |irate |large )?mobs?(?= (?:(?:of|in|at|from) (?!(?:armed|gunmen|militants|fighters|bandits"
               r"|insurgents|rebels|soldiers|troops|militiamen)\b)(?:[\w-]+ ){1,2})?"
               r"(?:(?:on|last|early on|late on) [a-z]+day (?:night |morning |afternoon |evening )?|yesterday |overnight )?"     # ("a mob on Friday beat")
               r"(?:attacked|beat|lynched|stoned|set|torched"
               r"|burned|burnt|killed|stormed|dragged|chased|pelted|hacked|ransacked|looted|descended|overpowered)\b)"
               for det in ("a", "an", "the", "angry", "armed"))
     + r"|mobs(?= (?:attacked|beat|lynched|stoned|set|torched|burned|burnt|killed|stormed|ransacked|looted)\b)"
     # (the fight itself left to the other cues: "clashed with AK-47 rifles" is a clash with guns)
     + "".join(r"|" + who + r" of (?:the )?(?:two )?rival (?:\w+ )?(?:factions|parties|groups|camps|candidates)(?=" + _CROWD_FOUGHT
               + ")" for who in ("supporters", "youths"))
     + r"|rival (?:[\w'-]+ ){0,2}(?:supporters|youths)(?=" + _CROWD_FOUGHT + ")"     # (not "rival factions": armed ones as often)
     + "".join(r"|" + who + r" of (?:two|the two|neighbouring|rival) (?:\w+ )?(?:villages|communities|clans)(?=" + _CROWD_FOUGHT
               + ")" for who in ("residents", "villagers", "youths"))
     # (two crowds fighting with what crowds carry; the weapon left to the melee cue; armed men so fighting are no crowd:
     # find_cues' caller drops the cue where the sentence names them)
     + "".join(r"|" + verb + r" each other(?= with (?:[\w-]+ ){0,2}?(?:sticks|stones|machetes|arrows|clubs|knives|bricks|spears"
               r"|bows|axes|hoes|iron bars|cudgels|rocks|batons)\b)" for verb in ("attacked", "chased", "pelted")),
     None, "Mob violence", 1),     # (names the sub-type of a riot told by its deeds; no incident alone)
    (r"torch(?:ed|es|ing)?\b|set ablaze|pelted|pelting|threw stones|stone-pelting|ransacked|rioters?\b|riots?\b(?! police| gear| squad| control| unit)|rioting"
     r"|hurl(?:ed|ing) stones|stones and bricks"
     # burning and looting by people (find_cues keeps it only where the sentence names who did it: not lightning)
     r"|set fire to|set alight|burn(?:ed|t) tyres|looted",
     None, "Violent demonstration", 2),
    (r"\bstrikes?\b|\bstruck\b|\battack(?:ed|s)?\b|\bhit\b|\braid(?:ed|s)?\b|\bstormed\b|\bmassacre\b|\bkilled\b|\bkilling\b|\bkills\b|\bkill\b(?<!to kill)|\bdied\b|\bdead\b|\bwounded\b|\binjured\b"
     r"|\bneutrali[sz](?:ed|ing)\b|\beliminated\b|\bclaim(?:ed|s|ing)? (?:the )?(?:\w+ )?lives\b"
     r"|\bfired (?:on|at|upon)\b", None, None, 1),
]
# One alternation, most specific cue first: at any position the first listed cue wins.
_CUE_SOURCE = r"\b(?:" + "|".join(f"(?P<c{k}>{p})" for k, (p, *_rest) in enumerate(_CUES)) + ")"
_CUE_RE_ANYCASE = re.compile(_CUE_SOURCE, re.IGNORECASE)
_CUE_INFO = {f"c{k}": (w, sub, rank) for k, (_p, w, sub, rank) in enumerate(_CUES)}



_GOODS_WORDS = ("supply of", "supplies of", "delivery of", "deliveries of", "contracts", "production", "procurement", "purchase",
                "shipment", "manufactur")
_GOODS_HARM = re.compile(r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|dead|died|struck|hit|hits|attacked"
                         r"|destroyed|damaged|shelled|exploded|fired)\b")
_GROUND_OWNER_AFTER = re.compile(r"(?:['’]s| (?:mayor|chief|head|council|officials?|residents?|police|administration|governor"
                                 r"|elders?|leaders?|commander|hall)\b)")
_LANDED_AFTER = re.compile(r"\b(?:landing|landed|struck|strikes|hit|hitting|killing|killed|wounding|exploding|exploded|impact)\b")
_AIR_RAIDER = re.compile(r"\b(?:aggression|coalition|warplanes?|aircraft|jets?|air|aerial|american|british|us|saudi)\b")
_HEARD_AFTER = re.compile(r"[^.;]{0,40}?\b(?:could be heard|were heard|was heard|heard)\b")
_OPERATOR_WORDS = (" operators", " crews", " pilots", " specialists", " units", " teams")
_OPERATORS_AFTER = re.compile(r"s? (?:operators|crews|pilots|specialists|units|teams)\b")
_DOWNED_WORDS = ("shot down", "downed", "intercepted")
_DOWNED_BEFORE = re.compile(r"\b(?:shot down|downed|intercepted)\s+(?:(?:a|an|the|two|three|four|five|six|\d+|several"
                            r"|dozens of|enemy|hostile|russian|ukrainian|israeli|iranian|houthi|attack|kamikaze|combat"
                            # ("shot down 46 Ukrainian fixed-wing unmanned aerial vehicles", "downed 12 long-range strike drones")
                            r"|fixed-wing|long-range|strike|reconnaissance|aircraft-type|jet-powered|iranian-made|russian-made)\s+){0,4}$")
_HARM_AFTER_DOWNING = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|dead|died|damaged|debris|fragments|fell|hit"
                                 r"|struck|fire broke|casualt|attack|targeted|targeting|exploded|landed|slammed|crashed|impact)")
# A weapon's name as what a target makes or keeps ("a drone assembly workshop", "a missile depot", "workshops
# where attack drones were assembled")
_MAKING_WORDS = ("assembl", "workshop", "factory", "factories", "production", "plant", "depot", "warehouse", "storage",
                 "manufactur", "arsenal", "stockpile", "industr", "makers", "exports", "procurement")
_MAKING_AFTER = re.compile(r"s? (?:assembly|production|manufacturing|repair|storage) (?:workshops?|plants?|lines?|facilit(?:y|ies)"
                           r"|sites?|shops?|hangars?|points?|centres?|centers?)|s? (?:workshops?|factor(?:y|ies)|plants?|depots?"
                           r"|warehouses?|storage|arsenals?|stockpiles?)\b"
                           r"|s? (?:were|was|are|is|being|had been) (?:assembled|produced|manufactured|stored|repaired|built|kept)\b"
                           # ... or as an industry talked of ("to discuss joint drone production", "the missile industry")
                           r"|s? (?:production|manufacturing|industry|industries|makers?|manufacturers?|exports?|procurement)\b")
_MADE_THERE = re.compile(r"\b(?:where|in which|which|that)\b[^.;,]{0,40}?\b(?:assembl|manufactur|produc|stor|repair|kept|built)\w*"
                         r"(?: (?!with\b|using\b|by\b|from\b)[\w-]+){0,3} $"
                         r"|\b(?:assembling|manufacturing|producing|storing|repairing|making)(?: (?!with\b|using\b|by\b|from\b)[\w-]+){0,3} $")

def _dispatch_source() -> tuple[str, dict[str, tuple[str | None, str | None, int]]]:
    """The cue alternation over " " + lower-cased text, one branch per first letter
    (conflictlens.text.alternation): the same matches as _CUE_SOURCE, found several times faster.
    Every alternative ends with a word character, as the rewrite requires; an empty group after
    each names its cue (m.lastgroup)."""
    alternatives, names, info = [], [], {}
    for k, (pattern, weapon, sub, rank) in enumerate(_CUES):
        for i, alt in enumerate(top_alternatives(pattern)):
            alternatives.append(alt)
            names.append(f"c{k}_{i}")
            info[f"c{k}_{i}"] = (weapon, sub, rank)
    return "\\W" + by_first_letter(alternatives, names), info


_CUE_DISPATCH_SOURCE, _CUE_DISPATCH_INFO = _dispatch_source()
_CUE_DISPATCH = re.compile(_CUE_DISPATCH_SOURCE)   # over " " + lower-cased text
_CUE_DISPATCH_ASCII = ascii_only(_CUE_DISPATCH_SOURCE)   # the same, faster, for ASCII text


def find_cues(sentence: str, offset: int) -> list[Cue]:
    """Weapon and type cues in one sentence (not weapons that were seized or found in a cache)."""
    out: list[Cue] = []
    low = sentence.lower()
    if len(low) == len(sentence):
        info = _CUE_DISPATCH_INFO
        dispatch = _CUE_DISPATCH_ASCII if low.isascii() else _CUE_DISPATCH
        for m in dispatch.finditer(" " + low):
            weapon, sub, rank = info[m.lastgroup]
            # m.start() in " " + low is the non-word character before the cue: the cue's start in low
            out.append(Cue(weapon, sub, rank, m.start() + offset, m.end() - 1 + offset))
    else:
        for m in _CUE_RE_ANYCASE.finditer(sentence):
            weapon, sub, rank = _CUE_INFO[m.lastgroup]
            out.append(Cue(weapon, sub, rank, m.start() + offset, m.end() + offset))
    if out and "hostage" in low and contains_any(low, ("release", "return", "remaining", "freed")):
        # "efforts to secure ... the release of the remaining hostages": no abduction told here
        out = [c for c in out if not (c.sub_event_type == ABDUCTION and _HOSTAGES_HELD.search(low, 0, c.start - offset + 9)
                                      and low.startswith("hostage", c.start - offset))]
    if out and any(c.sub_event_type == "Mob violence" for c in out) and any(c.sub_event_type == ABDUCTION for c in out):
        # "residents lynched nine suspected kidnappers": who the crowd's victims were said to be, no abduction told
        out = [c for c in out if not (c.sub_event_type == ABDUCTION and low.startswith(("kidnapper", "abductor"), c.start - offset))]
    if out and ("petrol" in low or "molotov" in low) and contains_any(low, ("protesters", "rioters", "demonstrators")):
        # "protesters threw stones and petrol bombs at the police": a riot's missiles, no bomb attack
        out = [c for c in out if not (c.sub_event_type == IED and low.endswith(("petrol ", "molotov "), 0, c.start - offset))]
    if out and contains_any(low, _DENIED_NEEDLES) and any(c.sub_event_type == AIR and c.weapon is None for c in out):
        # "The army denied it had carried out an air attack", "If the IDF struck ...": a strike denied or supposed
        out = [c for c in out if not (c.sub_event_type == AIR and c.weapon is None
                                      and _DENIED_BEFORE.search(low, max(0, c.start - offset - 50), c.start - offset + 1))]
    if out and contains_any(low, _RESCUE_NEEDLES) and any(c.sub_event_type == ABDUCTION for c in out):
        # "troops rescued 14 kidnapped victims", "freed three hostages": the captives set free, no abduction told here
        out = [c for c in out if not (c.sub_event_type == ABDUCTION
                                      and _RESCUED_BEFORE.search(low, max(0, c.start - offset - 45), c.start - offset))]
    if out and contains_any(low, _CALL_NEEDLES) and any(c.sub_event_type == "Peaceful protest" for c in out):
        # "called for a boycott ... to protest against the insecurity": a protest asked for, not held
        out = [c for c in out if not (c.sub_event_type == "Peaceful protest"
                                      and _CALLED_FOR.search(low, max(0, c.start - offset - 80), c.start - offset))]
    if out and " after " in low and contains_any(low, ("hours", "day", "week")):
        # "..., hours after a glide bomb attack on another part of the city": another incident's weapon;
        # so too one that opens the sentence where its main clause tells an attack of its own ("Days
        # after a car bomb attack in Baidoa, gunmen killed two soldiers"; not "Hours after a suicide
        # bomber killed 12 ..., the army imposed a curfew": that is the incident)
        def other(c: Cue) -> bool:
            at = c.start - offset
            if _OTHER_ATTACK_BEFORE.search(low, max(0, at - 50), at):
                return True
            if not _OTHER_ATTACK_LEAD.match(low[:at]):
                return False
            comma = low.find(",", at)
            return comma > 0 and any(o.start - offset > comma and (o.weapon or o.rank <= 2) for o in out)
        out = [c for c in out if not (c.weapon and other(c))]
    if out and contains_any(low, _DOWNED_WORDS) and not _HARM_AFTER_DOWNING.search(low):
        # "The RSF said it had shot down a drone", "air defences intercepted 12 drones overnight": a weapon stopped,
        # no attack told (but "intercepted missiles; debris hit a house, killing one" tells one)
        out = [c for c in out if not (c.weapon and _DOWNED_BEFORE.search(low, max(0, c.start - offset - 40), c.start - offset))]
    if out and contains_any(low, _GOODS_WORDS) and not _GOODS_HARM.search(low):
        # "the reports on the supply of ammunition and drones to the brigades", "Drones: the contracts are being
        # fulfilled": weapons as goods made, bought or sent, no attack told
        out = [c for c in out if not (c.weapon and (contains_any(low[max(0, c.start - offset - 60):c.start - offset], _GOODS_WORDS)
                                                    or c.start == offset and low.startswith(":", c.end - offset)))]
    if out and contains_any(low, _OPERATOR_WORDS) and not _GOODS_HARM.search(low):
        # "Glory to our drone operators!", "our FPV crews": who fly the weapon, no strike told (where nothing else in
        # the sentence tells a deed: "drone operators targeted an ambulance" is one)
        rest = [c for c in out if not (c.weapon in ("drone", "missile", "artillery", "rocket")
                                       and _OPERATORS_AFTER.match(low, c.end - offset))]
        if not rest:
            out = rest
    if out and "raids " in low and "launched" in low and not _AIR_RAIDER.search(low):
        # "Police launched raids on suspected gang hideouts": raids on the ground (the coalition's "launched three raids
        # on Ras Isa area" are from the air)
        out = [c for c in out if not (c.sub_event_type == AIR and low.startswith("launched", c.start - offset))]
    if out and " heard" in low and any(c.sub_event_type == CLASH for c in out):
        # "heavy fighting ... residents said gunfire and artillery could be heard in the town": the fight's sounds, a
        # battle's (not a shelling of the town)
        out = [c for c in out if not (c.weapon and c.sub_event_type != CLASH and (heard := _HEARD_AFTER.match(low, c.end - offset))
                                      and not _LANDED_AFTER.search(low, heard.end()))]
        #   (but "artillery shells could be heard landing on the camp, killing six" is a shelling)
    if out and contains_any(low, ("capture of", "seizure of", "liberation of", "captured", "seized")):
        # "the capture of the town mayor": a person taken, no ground
        out = [c for c in out if not (c.sub_event_type == CLASH and c.rank == 4 and _GROUND_OWNER_AFTER.match(low, c.end - offset))]
    if out and "carrier" in low:
        # "one ship on combat duty, with no Kalibr carriers among them": ships that carry the weapon, none fired
        out = [c for c in out if not (c.weapon and low.startswith((" carrier", "-carrier"), c.end - offset))]
    if out and contains_any(low, _MAKING_WORDS):
        # "hit a drone assembly workshop", "a plant where long-range attack drones were assembled": what the
        # target made or stored, not what struck it
        out = [c for c in out if not (c.weapon and (_MAKING_AFTER.match(low, c.end - offset)
                                                    or _MADE_THERE.search(low, max(0, c.start - offset - 90), c.start - offset)))]
    if out and "executed" in low and contains_any(low, _JUDICIAL_WORDS):
        # "Iran executed four men convicted of spying": a sentence carried out, not a killing by armed men
        out = [c for c in out if not low.startswith("executed", c.start - offset)]
    if out and "no live " in low:
        # "no live ammunition was used": no shooting told
        out = [c for c in out if not (low.startswith("live ", c.start - offset) and low.endswith("no ", 0, c.start - offset))]
    if out and "set on fire" in low and _PROPERTY_SET_ON_FIRE.search(low):
        # "property was set on fire", "houses were set on fire": arson, an attack with no weapon used on anyone
        out = [Cue(None, c.sub_event_type, c.rank, c.start, c.end)
               if c.weapon == "melee weapon" and low.startswith("set on fire", c.start - offset)
               and _PROPERTY_SET_ON_FIRE.search(low, max(0, c.start - offset - 40), c.end - offset) else c for c in out]
    if out and contains_any(low, _ARSON_WORDS):
        # "A crowd set fire to the offices", "Militants looted a bank" (not "Lightning set fire to a market",
        # "The film set fire to the imagination", "they would set fire to the constitution")
        out = [c for c in out if not (c.sub_event_type == "Violent demonstration" and low.startswith(_ARSON_WORDS, c.start - offset)
                                      and (not _ARSONIST_BEFORE.search(low, max(0, c.start - offset - 45), c.start - offset)
                                           or _MODAL_BEFORE.search(low, max(0, c.start - offset - 25), c.start - offset)))]
    if out and contains_any(low, _MODAL_NEEDLES):
        # "said it would strike decision-making centres in Kyiv", "threatened to carry out strikes on ships":
        # an attack promised or feared, not one told (not "would have killed more": a counterfactual of one told)
        out = [c for c in out if not _MODAL_NEAR.search(low, max(0, c.start - offset - 40), c.start - offset)]
    if out and contains_any(low, ("no one", "nobody", "no arrest", "not been", "not yet")):
        # "So far no one has been arrested", "no arrests have been made": no arrest told
        out = [c for c in out if not (c.sub_event_type == ARRESTS and _NO_ARREST.search(low, max(0, c.start - offset - 30),
                                                                                           c.start - offset + 8))]
    if out and contains_any(low, _DEFUSED_WORDS) and not _WENT_OFF.search(low):
        # "a remote-controlled bomb planted near a school was defused": no blast, no attack; ACLED's disrupted weapons use
        out = [Cue(c.weapon, DISRUPTED, c.rank, c.start, c.end) if c.sub_event_type == IED else c for c in out]
    if out and contains_any(low, _SEIZED_NEEDLES):
        seized = _SEIZED.search(low)
        if seized is not None:
            # "found a cache of rifles and grenades", "seized two IEDs": weapons nobody used here
            # (the object of the verb, not "seized the town after a car bomb killed six")
            at = seized.end()
            reach = 170 if low.find("along with", at, at + 60) >= 0 else 45     # ("the bodies of five Maoists were
            #   recovered from the spot along with an INSAS rifle, ... and a large quantity of explosives": the list's all)
            out = [c for c in out if not ((c.weapon or reach > 45 and c.sub_event_type == IED)
                                          and at <= c.start - offset <= at + reach
                                          and not _USED_BETWEEN.search(low[at:c.start - offset].replace("along with", "")))]
            # ... and told before a passive verb: "Two rifles and a grenade launcher were seized", "a hand grenade
            # was recovered from the slain suspects"
            for passive in _SEIZED_PASSIVE.finditer(low):
                # (not the dead of an attack recovered, "the bodies of five killed in an airstrike were recovered", nor a
                # weapon that was used, "the grenade thrown into the crowd had been recovered from a depot")
                clause = max(low.rfind(mark, 0, passive.start()) for mark in (". ", "; ", ": ", ", and "))
                #   ("one terrorist was killed, and a rifle and explosives were seized": the weapons' own clause)
                if _DEAD_OR_USED.search(low, max(0, clause, passive.start() - 120), passive.start()):
                    continue
                out = [c for c in out if not ((c.weapon or c.sub_event_type == IED)
                                              and passive.start() - 80 <= c.start - offset < passive.start()
                                              and not _USED_BETWEEN.search(low, c.end - offset, passive.start())
                                              and not _CLAUSE_BREAK.search(low, c.end - offset, passive.start()))]
    return out


_PROPERTY_SET_ON_FIRE = re.compile(r"\b(?:property|properties|houses?|homes?|shops?|cars?|vehicles?|buildings?|huts?|tents?|crops"
                                   r"|fields|stores?|offices?|market|mosque|church|school)(?: [\w-]+){0,3}? (?:was|were|had been|have been"
                                   r"|being) set on fire")
_ARSON_WORDS = ("set fire to", "set alight", "burned tyres", "burnt tyres", "looted")
_ARSONIST_BEFORE = re.compile(r"\b(?:protesters|demonstrators|rioters|mobs?|crowds?|youths?|students|supporters|residents|villagers"
                              r"|men|people|persons|fans|farmers|workers|traders|drivers|militants|gunmen|fighters|insurgents|rebels|bandits"
                              r"|jihadists|terrorists|militiamen"
                              r"|troops|soldiers|settlers|assailants|attackers|arsonists?|naxals|maoists|they)\b")
_MODAL_BEFORE = re.compile(r"\b(?:would|will|threatened to|vowed to|plan to|planned to|could|might)\s+$")
_DEFUSED_WORDS = ("defused", "defusing", "disarmed", "defuse ", "bomb disposal", "bomb squad", "made safe", "neutralised the device",
                  "neutralized the device")
# a bomb that went off beside it (not what a defused one was meant for: "an IED targeted at a convoy", "that targeted a
# railway line", "could have damaged the bridge")
_WENT_OFF = re.compile(r"\b(?:exploded|explosion|went off|blast|detonated|killed|wounded|injured|killing|wounding|injuring|hit|struck"
                       r"|ripped|destroyed|tore|damaged (?:a|an|the|its|it)|(?<!that )(?<!which )targeted (?:a|an|the))\b")
_MODAL_NEEDLES = ("would ", "will ", "threaten", "vow", "plan", "intend", "ready to", "prepared to", "if ", "unless ")
_MODAL_NEAR = re.compile(r"\b(?:would|will|threaten(?:s|ed)? to|vow(?:s|ed)? to|plans? to|planned to|intends? to|intended to"
                         r"|(?:ready|prepared) to)"
                         # the attack itself, or one to be carried out: "would strike", "threatened to carry out drone
                         # strikes" (not "will investigate the airstrike", "vowed to avenge the suicide bombing")
                         r"(?: (?:carry out|launch|conduct|stage|mount|use|fire|deploy|resume|continue|step up|intensify|unleash)"
                         r"(?: (?!the\b|a\b|an\b)[a-z-]+){0,2}?"      # ("would use hypersonic missiles")
                         r"|(?: (?:new|more|further|fresh|massive|retaliatory|heavy|long-range|precision|air|drone|missile|its|their))*)\s+$"
                         # a condition's means: "if Ukraine used long-range missiles" (not "if the missile strike ... was aimed at")
                         r"|\b(?:if|unless) (?:[\w-]+ ){1,2}(?:used|uses|use|fired|fires|launched|launches|deployed|deploys)(?: [\w-]+){0,2}?\s+$")
_JUDICIAL_WORDS = ("convicted", "sentenced", "judiciary", "court", "death row", "death penalty", "smuggling", "trafficking",
                   "hanged", "hanging", "capital punishment", "for spying", "for murder", "for drug")
_OTHER_ATTACK = (r"(?:just |only |barely )?(?:hours|days|a day|a week|weeks|(?:two|three|four|five|\d+) days) "
                 r"(?:after|before) (?:an? |the )(?:[\w-]+ ){0,2}$")
_OTHER_ATTACK_BEFORE = re.compile(r"[,;–—]\s*" + _OTHER_ATTACK)     # in a clause after the main one
_OTHER_ATTACK_LEAD = re.compile(_OTHER_ATTACK)                      # opening the sentence
_NO_ARREST = re.compile(r"\b(?:no one|nobody|none) (?:has|have|had|was|were) (?:yet )?(?:been )?(?:arrested|detained)|\bno arrests?\b"
                        r"|\b(?:has|have|had) (?:not|yet to) (?:yet )?(?:been )?(?:arrested|detained|made any arrests?)")
_CALL_NEEDLES = ("call", "urge", "plan", "threaten", "vow", "will ", "announce")
_CALLED_FOR = re.compile(r"\b(?:call(?:ed|s|ing)? (?:for|on)|urg(?:ed|es|ing)|plan(?:s|ned|ning)? to|threaten(?:ed|s|ing)? to"
                         r"|vow(?:ed|s)? to|will|announced (?:a |plans )?)\b(?:(?!\b(?:and|but|while)\b)[^.;,]){0,70}$")
_HOSTAGES_HELD = re.compile(r"\b(?:release|return|freeing|exchange) of (?:the )?(?:remaining |last |\w+ )?hostage")
_DENIED_NEEDLES = ("denied", "denies", "deny", "if ", "unless")
# (the strike itself denied or supposed, not a toll doubted nor something else denied: "It was unclear whether the Israeli
# strike killed a commander", "Hezbollah, which denies storing weapons in homes, said an Israeli strike hit a house")
_DENIED_BEFORE = re.compile(r"(?:^|[.;:]\s+)(?:if|unless)\b[^,;]{0,40}$"
                            r"|\b(?:denied|denies|deny)(?: that)?(?: (?:it|they|the [\w-]+|its [\w-]+))?(?: (?:had|has|ever|ever had))? $")
_RESCUE_NEEDLES = ("rescue", "freed", "free ", "liberated")
_RESCUED_BEFORE = re.compile(r"\b(?:rescued|rescuing|rescue of|freed|freeing|set free|liberated)"     # (not "released": by captors)
                             r"(?: (?:at least|some|about|all|the|their|its|\d+|two|three|four|five|six|seven|eight|nine|ten"
                             r"|eleven|twelve|several|dozens of|scores of|more|other|remaining)){0,3}\s+$")
_SEIZED_NEEDLES = ("cache", "seized", "confiscat", "recovered", "discovered", "stockpile")
_USED_BETWEEN = re.compile(r"\b(?:after|when|killed|killing|attack|struck|hit|shell|explod|detonat|fired|firing|with)")
_SEIZED_PASSIVE = re.compile(r"\b(?:was|were|have been|had been|has been) (?:also )?(?:seized|confiscated|recovered)\b")
_DEAD_OR_USED = re.compile(r"\b(?:bod(?:y|ies)|remains|victims?|killed|dead|died|injur\w*|wound\w*|thrown|hurled|used|fired|launched"
                           r"|planted|detonated|exploded|went off|struck|hit)\b")
_CLAUSE_BREAK = re.compile(r"[;:]|\. |\b(?:when|after|before|while|and then)\b")
_SEIZED = re.compile(r"\b(?:caches?|seized|confiscated|confiscating|recovered|discovered|stockpiles?)\b")


def best_weapon(cues: list[Cue]) -> Cue | None:
    """The most specific weapon cue (first in text among equals)."""
    armed = [c for c in cues if c.weapon]
    if not armed:
        return None
    top = max(c.rank for c in armed)
    return min((c for c in armed if c.rank == top), key=lambda c: c.start)


def classify(cues: list[Cue], victims: set[str], civilians_hit: bool,
             weapon: Cue | None = None, two_sides: bool = False) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type) from an incident's cues and who was hit. `weapon` is the cue
    the record's weapon comes from (the lead sentence's, by default the most specific of all):
    the type agrees with it ("shelled 14 settlements ... a drone dropped explosives": shelling).
    `two_sides`: the fight's two armed sides are named, so a clash is a battle even where only
    civilians died in it."""
    if not cues:
        return None, None
    typed = [c for c in cues if c.sub_event_type]
    weapon = weapon or best_weapon(cues)
    if weapon and weapon.sub_event_type and weapon.rank >= 6:
        sub = weapon.sub_event_type
        return SUB_TO_TYPE[sub], sub
    if weapon is not None and weapon.sub_event_type == AIR and weapon.rank == 5:
        return EXPLOSIONS, AIR      # "conducted an air attack": from the air, no weapon named beside it
    if weapon is None and any(c.sub_event_type == AIR and c.rank == 5 for c in typed):
        return EXPLOSIONS, AIR      # a strike, its weapon untold ("an Israeli strike hit near the hospital")
    if weapon is None and any(c.sub_event_type == SHELLING and c.rank == 5 for c in typed):
        return EXPLOSIONS, SHELLING     # a projectile, untold which ("the vessel was struck by an unknown projectile")
    subs = {c.sub_event_type for c in typed}
    if "Violent demonstration" in subs and weapon is None and CLASH not in subs \
            and (not victims or not victims & {"attackers"} and any(c.sub_event_type == "Violent demonstration" and c.rank == 3
                                                                    for c in typed)) \
            and not subs & {SUICIDE, CHEMICAL, GRENADE, IED, ABDUCTION, SEXUAL}:
        # "a mob set fire to 15 houses. No one was injured", "supporters set fire to three buses": a riot
        return RIOTS, "Mob violence" if "Mob violence" in subs else "Violent demonstration"
    if "Mob violence" in subs and (weapon is None or weapon.weapon == "melee weapon") \
            and not subs & {SUICIDE, CHEMICAL, GRENADE, IED, ABDUCTION, SEXUAL} and not (ARRESTS in subs and not victims) \
            and "soldiers" not in victims and not ("attackers" in victims and CLASH in subs):
        # (suspects a crowd killed are its victims: "residents lynched nine suspected kidnappers"; not bandits killed in
        # a fight with villagers)
        # "a suspected thief was beaten and set ablaze by a mob", "supporters of two rival factions chased each other
        # with sticks and machetes", "residents of two villages attacked each other with arrows": a riot, not an armed
        # group's attack (a gun or a bomb makes it something else; the two sides of the fight are the crowd's)
        return RIOTS, "Mob violence"
    if "Violent demonstration" in subs and "Peaceful protest" in subs:
        return RIOTS, "Violent demonstration"     # "One dead as protesters torch police station"
    if "Violent demonstration" in subs and CLASH in subs and weapon is None and not two_sides \
            and not victims & {"soldiers", "attackers"}:
        return RIOTS, "Mob violence"    # "a clash broke out between villagers ... The mob pelted stones"
    if DESTRUCTION in subs and IED not in subs and not victims and (weapon is None or weapon.rank < 5):
        return STRATEGIC, DESTRUCTION   # "the enemy army detonated a number of houses in Kfarkela"
    for sub in (SUICIDE, CHEMICAL, GRENADE, IED, ABDUCTION, SEXUAL):
        if sub in subs and not (sub in (ABDUCTION, SEXUAL) and victims):
            return SUB_TO_TYPE[sub], sub    # (killing 17 and abducting four is an attack with its dead)
    if CLASH in subs and (two_sides or not (civilians_hit and not victims & {"soldiers", "attackers"})):
        return BATTLES, CLASH
    if weapon is not None or any(c.rank == 1 or c.rank == 2 and c.sub_event_type is None for c in cues):
        if civilians_hit or not victims & {"soldiers", "attackers"}:
            if ARRESTS in subs and not victims:
                return STRATEGIC, ARRESTS
            if "Peaceful protest" in subs and not victims:
                return PROTESTS, "Peaceful protest"
            return VAC, ATTACK
        return BATTLES, CLASH
    if ARRESTS in subs:
        return STRATEGIC, ARRESTS
    if "Peaceful protest" in subs:
        return PROTESTS, "Peaceful protest"
    return None, None
