"""Split a document into the incidents it reports.

Sentences are read in order. A sentence with an event cue opens a new
incident when it names a place, a weapon or a date the open incident does not
have ("The latest attack came after ... drone strikes on Kharkiv overnight");
otherwise it, and any sentence that only adds figures or attribution, joins
the open incident. Context ("60 km from the front line"), background totals
("since the invasion began") and earlier incidents recalled in passing are
marked as background and contribute nothing, so figures never cross.
"""
from __future__ import annotations

import calendar
import dataclasses

import re
from difflib import SequenceMatcher
from dataclasses import dataclass, field
from datetime import date

from conflictlens.extract import countries, places
from conflictlens.extract.dates import BULLET_DAY_MONTH, CLOCK, DATE_LED, LOG_ENTRY_LEAD, MONTHS, DateMention, parse_iso
from conflictlens.extract.figures import Figure, is_rising
from conflictlens.extract.figures.totals import _VAGUE_TEXT as _VAGUE_COUNT     # a count with no number: "numerous"
from conflictlens.extract.political import PoliticalMention
from conflictlens.extract.types import DISRUPTED, Cue
from conflictlens.model import Place, Source
from conflictlens.text.alternation import by_first_letter, contains_any, top_alternatives
from conflictlens.text.sentences import FIELD_LABELS, PLACE_FIELD_LABELS, Sentence

_BACKGROUND = re.compile(
    # a recall opened as such, often in translation: "We will remind, on the night of Saturday, October 5, the Russians
    # attacked the Kyivskyi district", "As a reminder, ...", "Recall that ..."
    r"^(?:we (?:will |would like to )?remind(?: you)?|(?:let us|let's) (?:remind(?: you)?|recall)|as a reminder|to recall|recall that"
    r"|we (?:will )?recall)\b[,:]?"

    r"|\b(?:is|lies|sits|located|situated) (?:about |some |around |roughly |approximately |just |only |less than |more than )?\d+ ?(?:km|kilometres|kilometers|miles)\b"
    r"|\bha(?:s|ve) been (?:the )?(?:repeated(?:ly)? |regular(?:ly)? |frequent(?:ly)? )?(?:target(?:ed)?|shelled|hit|attacked|struck|bombarded)\b(?! (?:again )?(?:on|overnight|yesterday|today|tonight"
    r"|this (?:morning|afternoon|evening)|by a))"
    r"|\bsince (?:the (?:start|beginning|outbreak) of(?! (?:the |this )?(?:day|night|morning|evening|today|attack|shelling|strike)\b)|the (?:full-scale |russian )?invasion|the war (?:began|started)|(?:january|february|march|april|may|june|july|august|september|october|november|december) 20\d\d|(?:early |mid-|late )?20\d\d\b|the conflict began)"
    r"|\bsince (?:[\w'-]+ ){0,3}(?:retook|recaptured|liberated|captured|seized|took control of)\b"     # "since Ukrainian forces retook the city"
    # a toll told from a month or season on: "Since January, more than ninety residents have been killed"
    r"|^(?:[-–—•*] ?)?since (?:january|february|march|april|may|june|july|august|september|october|november|december|the summer"
    r"|the spring|the autumn|the winter|the (?:start|beginning) of (?:the|this) year)\b(?=[^.;]{0,150}\b(?:have|has) been\b)"
    r"|\b(?:in total|overall|altogether|in all)\b[^.;]{0,80}\bacross the (?:province|region|oblast|country|state|governorate)\b"   # a region's total
    r"|\bha(?:s|ve) (?:left|killed|claimed|cost)\b(?![^.;]{0,60}\b(?:deadliest|worst|bloodiest|largest|biggest)\b)[^.;]{0,60}\b(?:since (?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?! \d)|this year\b)"
    r"|\bso far (?:this|in) (?:year|month|war)\b|\bin total\b(?=[^.]{0,60}\b(?:since|so far|to date|this year|last year|this month)\b)|\bsince the start\b|\bover the (?:past|last) (?:\w+ )?(?:years|months|year|month|weeks|decades?)\b"
    r"|\b(?:this|it|that) (?:is|was) (?:one|the \w+) of (?:the |some |a )?(?:[\w-]+ ){0,5}(?:attacks|bombings|incidents|strikes)"
    r"\b[^.;]{0,40}\b(?:that|which) (?:have |had |has )?(?:killed|left)\b"
    # the toll of attacks before this one ("the two previous attacks killed 51 people"), or of the event that
    # began a count ("the 21st since the July clashes, which left more than 1,600 people dead")

    r"|\bthroughout the (?:war|conflict)\b|\bthe deadliest\b(?=[^.]{0,50}\b(?:since|ever|of the (?:year|war|conflict|decade)|this year|in (?:years|decades|recent)|so far|to date|on record|in the (?:country|city|region)'s history))|\bone of the (?:deadliest|worst|largest|bloodiest)\b(?=(?: [\w-]+){0,3}? (?:attacks?|bombings?|massacres?|incidents?|strikes?|assaults?|days?|shootings?|since|of the (?:war|conflict|year))\b)|\bhas killed (?:more than|over|at least) [\d,]+ (?:people|civilians) (?:since|in)\b")
# the words that tell a distance as where something lies ("located about 4 km from the town centre")
_LIES_WORDS = ("is ", "lies ", "sits ", "located ", "situated ")
# A war's, a campaign's or a season's running toll, told in the present perfect: "more than 150,000
# people have been killed in Yemen's war", "the conflict has killed about 35,000", "have been killed
# in recent months", "Thousands have been killed", "has killed thousands ... over the past decade".
# (Not where the sentence names a day of this week: "have been killed in the unrest in Dhaka on
# Monday" is the incident's own toll; see mark_background.)
_WAR_TOLL = re.compile(
    r"\bha(?:s|ve) (?:since |now |so far |also )?been killed\b[^.;]{0,80}?\b(?:in (?:the|this|its|their|[\w'’]+['’]s?)(?: [\w-]+){0,2}? (?:war|conflict|violence|insurgency|crisis|unrest)\b(?!-)|in recent (?:weeks|months|years)\b|every (?:year|month)\b|since (?:the|its|their) (?:takeover|coup|invasion|war|conflict|start|beginning|outbreak)\b"
    r")|\bha(?:s|ve) (?:since |now |so far |also )?(?:been killed|lost (?:their lives|his life|her life))\b[^.;,]{0,40}?\b(?:(?:so far )?(?:in|during) (?:19|20)\d\d\b|(?:so far )?this year\b)"
    #   ("more than 100 leaders have also been killed in 2025"; not "..., the deadliest in the city this year")
    # "The violence has since spread to central Mali ..., killing thousands of people"
    r"|\bha(?:s|ve) (?:since |now |also )?(?:spread|raged|continued|escalated|intensified)\b[^.;]{0,100}\bkilling (?:more than |over |at least |tens of |hundreds of )?(?:thousands|millions)\b"
    r"|\b(?:the|this|its|their|[\w'’]+['’]s?)(?: [\w-]+){0,3}? (?:war|conflict|insurgency|campaign|offensive|crisis)\b(?!-)(?: in [\w'’ -]{1,30}?)? ha(?:s|ve) (?:since |now |so far )?(?:killed|claimed the lives of|left)\b"
    r"|\b(?:thousands|tens of thousands|hundreds of thousands|\d{1,3}(?:,\d{3})+)\b[^.;:]{0,30}\bha(?:s|ve) (?:since |now |so far )?(?:been killed|died)\b"
    r"|\bha(?:s|ve) (?:since |now |so far |also )?(?:killed|left dead)\b (?:more than |over |at least |about |some |nearly |almost )?(?:hundreds|thousands|tens of thousands|hundreds of thousands|\d{1,3}(?:,\d{3})+)\b"
    # ("The Anglophone crisis, which started in 2016, has left thousands dead"; "dozens are killed every year")
    r"|\bha(?:s|ve) (?:since |now |so far |also )?left (?:more than |over |at least |about |some |nearly |almost )?(?:thousands|tens of thousands|hundreds of thousands|\d{1,3}(?:,\d{3})+) (?:of (?:people|civilians) )?(?:people |civilians )?dead\b"
    r"|\b(?:are|get|were) (?:killed|wounded|injured) (?:every|each) (?:year|month|week)\b"
    # "... fighting between cartel factions, which has left hundreds dead", "is blamed for killing thousands"
    r"|\b(?:fighting|violence|clashes|conflict|war|insurgency|campaign|offensive)\b[^.;]{0,40}\bwhich ha(?:s|ve) (?:left|killed|claimed)\b"
    r"|\bha(?:s|ve) continued\b[^.;]{0,80}\bha(?:s|ve) (?:killed|left)\b"     # "strikes have continued almost daily since, and have killed"
    r"|\b(?:blamed for|responsible for|accused of) (?:killing|the deaths of) (?:more than |over )?(?:hundreds|thousands|tens of thousands|\d{1,3}(?:,\d{3})+)\b"
    # a toll since a month ("since mid-January has killed at least 80", "have been killed in those clashes since December")
    r"|\bsince (?:early |mid-|late )?(?:january|february|march|april|may|june|july|august|september|october|november|december|the ceasefire|the truce"
    r"|(?:last|the) (?:summer|winter|spring|autumn|fall)|last (?:year|month))\b(?! \d)[^.;]{0,120}\bha(?:s|ve) (?:killed|left|claimed)\b"
    # a toll over a stretch of months: "during the first 10 months of the year", "between January and June"
    r"|\b(?:killed|died|dead)\b[^.;]{0,80}\b(?:during the (?:first|past|last) (?:\w+ )?(?:months|weeks|years)"
    r"|between (?:january|february|march|april|may|june|july|august|september|october|november|december) and)\b"
    r"|\bha(?:s|ve) (?:since |now |so far )?been killed\b[^.;]{0,60}\bsince (?:early |mid-|late |last )?(?:january|february|march|april|may|june|july|august|september|october|november|december|year|month)\b(?! \d)"
    # "a five-year civil war, in which an estimated 400,000 people died"
    r"|\b(?:war|conflict|insurgency|uprising|genocide)\b,? in which\b[^.;]{0,60}\b(?:died|were killed|lost their lives|perished)\b"
    # a year's or a month's toll: "2024 was the deadliest year for security forces"
    r"|\bthe deadliest (?:year|month)\b"
    # a war's toll by name, or one told as passing a mark: "Sudan war death toll hits 150,000", "the
    # Gaza death toll now exceeds 34,000", "the conflict has cost 600,000 lives"
    r"|\b(?:war|conflict|insurgency|uprising|siege)(?:['’]s)? (?:overall |total |cumulative )?(?:death )?toll\b"
    r"|\btoll\b[^.;]{0,40}\b(?:exceeds|exceeded|surpass(?:es|ed)|tops|topped|passes|passed|hits|reaches|now)"
    r" (?:more than |over |about |some )?(?:\d{1,3}(?:,\d{3})+|\d{5,}|thousands|tens of thousands|hundreds of thousands)\b"
    r"|\bha(?:s|d|ve) cost (?:more than |over |about |some |at least |nearly |an estimated )?(?:\d{1,3}(?:,\d{3})+|thousands|tens of thousands|hundreds of thousands)\b")
# After a background clause, the day's news in the same sentence: "..., and on Sunday a guided bomb killed two"
_THEN_NEWS = re.compile(r"(?:, and|;|, but| but)(?: then| again)? (?:(?:late |early )?on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                        r"|\d{1,2} [a-z]{3,9}|[a-z]{3,9} \d{1,2})|overnight|last night|yesterday|this morning|today)\b")
# A state of things over months or years, no day's incident: "Drone attacks on the villages have been
# recurring for months", "The city has been under a partial siege for years", "Attacks ... have been
# frequent in recent years" (a day of this week or a dated day in the sentence makes it news again).
_THROUGHOUT = re.compile(r"\b(?:continued|persisted|went on|raged|remained)\b[^.;]{0,100}\bthroughout the (?:month|week|period"
                         r"|reporting period|year|quarter)\b")
_DURATIVE = re.compile(
    r"\bha(?:s|ve) been (?:under (?:a |an )?(?:partial |total |near-total |tight |months-long |years-long )?(?:siege|blockade)"
    r"|(?:recurring|frequent|common|commonplace|routine|regular|rife|rampant|a (?:regular|daily|common|frequent|near-daily) occurrence|on the rise|increasing|escalating)"
    r")\b[^.;]{0,40}\b(?:for (?:months|years|weeks|decades|(?:the )?(?:past|last) (?:\w+ )?(?:months|years|weeks|decades))|in recent (?:weeks|months|years)|since)\b")
_ABUSES_CHARGED = re.compile(r"\b(?:ha(?:s|ve) been|were|are|remain) (?:\w+ )?responsible for (?:\w+ ){0,3}?(?:abuses|violations"
                             r"|atrocities|crimes)\b")
_MONTH = "(?:" + "|".join(m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")) + ")"     # the full names
# A toll for a stretch of days or for a tally of incidents, which sums a report's incidents and is
# none of them: "At least 34 civilians killed since 14 February", "Since January, more than 600
# civilians have been killed", "... killed in South Kordofan between 15 and 17 October", "eight
# deaths across five incidents", "the week's five incidents", "In total, two people were killed and
# seven wounded in the region over the past day".
_PERIOD_TOTAL = re.compile(
    # (not "the bloodiest day since August", nor "since the beginning of the day")
    rf"\b(?:killed|killing|dead|deaths|died|martyred)\b(?:(?!highest|deadliest|worst|bloodiest|largest|biggest|first)[^.;]){{0,60}}(?<!day )(?<!week )(?<!attack )(?<!strike )\bsince (?:\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}}|{_MONTH}\b"
    r"|the (?:earthquake|ceasefire|truce|coup|offensive)\b)"
    rf"|^since (?:\d{{1,2}} {_MONTH}|{_MONTH}(?: \d{{1,2}})?|the (?:earthquake|ceasefire|truce|coup|offensive))\b"
    r"[^.;]{0,150}\b(?:killed|killing|dead|deaths|died)\b"
    # "Since fighting escalated in mid-May, we have received reports of hundreds of civilians killed"
    rf"|^since (?:the )?(?:fighting|clashes|hostilities|violence|war|siege|offensive|conflict|escalation|unrest)\b[^.;,]{{0,40}}?"
    rf"\b(?:in (?:(?:early|mid|late)[- ]?)?(?:{_MONTH}|spring|summer|autumn|winter|(?:19|20)\d\d)|last (?:year|month))\b"
    r"[^.;]{0,20},[^.;]{0,150}\b(?:killed|killing|dead|deaths|died)\b"
    rf"|\b(?:killed|dead|deaths|died)\b[^.;]{{0,80}}(?<!night )\bbetween (?:\d{{1,2}}(?: {_MONTH})? and \d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}} and (?:{_MONTH} )?\d{{1,2}})\b"
    # "Between October and December, the mission recorded 1,240 people killed"; "This year, 31 personnel have been killed"
    rf"|^between {_MONTH} and {_MONTH}\b[^.;]{{0,150}}\b(?:killed|dead|deaths|died)\b"
    r"|^(?:this|last) year,? [^.;]{0,100}\bha(?:s|ve) been killed\b"
    r"|\bacross (?:the )?(?:\w+ )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple) (?:separate )?(?:incidents|attacks)\b"
    r"|\b(?:the|this|last) week's\b[^.;]{0,40}\bincidents\b|\btally for the (?:week|month|day)\b"
    # a briefing's running tally: "Cumulatively, within the week under review, troops neutralised 143"
    r"|\bcumulatively\b|\bcumulative (?:total|tally|figures?|losses)\b|\b(?:week|month|period|fortnight) under review\b"
    # a digest's closing sum: "Weekly total: 39 people killed in the incidents listed above", "Total for the week: 11 deaths"
    r"|\b(?:weekly|monthly|week['’]s|month['’]s) (?:total|tally|toll)\b|^total (?:this|for the|of the) (?:week|month)\b"
    r"|\bin the (?:\w+ )?incidents (?:listed |reported |described )?above\b"
    # a week's or a month's count: "documented 23 deaths across Syria during the past week", "killed 41 militants
    # ... in operations over the past week"
    r"|\b(?:killed|killing|dead|deaths|died|murdered|neutrali[sz]ed)\b(?:(?!deadliest|worst|bloodiest|highest|largest|biggest)[^.;]){0,80}"
    r"\b(?:during|over|in|within) the (?:past|last|previous) (?:week|seven days|month|fortnight|30 days)\b"
    # ... told first: "Over the past week, the security forces neutralised 121 terrorists", "In the past month, the
    # brigade's operations have left 29 dead"
    r"|^(?:during|over|in|within) the (?:past|last|previous) (?:week|seven days|month|fortnight|30 days),? (?:(?!, and |; )[^.;]){0,200}"
    r"\b(?:killed|killing|dead|deaths|died|murdered|neutrali[sz]ed|neutrali[sz]ing)\b"
    # a country's count: "61 civilians killed nationwide, by our tally of official statements (last week: 54)"
    r"|\b(?:killed|dead|deaths|died|wounded|injured)\b[^.;]{0,12}\b(?:nationwide|countrywide|across the country)\b"
    r"|\bby (?:our|its|their|the newspaper's|the agency's) (?:own )?(?:tally|count)\b"
    # a running tally: "More than 400 people have been killed in Lebanon ..., according to a running tally"
    r"|\bha(?:s|ve) been (?:killed|wounded|injured)\b[^.;]{0,80}\baccording to (?:an? |the |our )?(?:running|cumulative) tally\b")
# ... and the day's total for a region after its incidents: "In total, two people were killed and seven
# wounded in the region over the past day" (a round-up that tells no incident of its own keeps it)
_DAY_TOTAL = re.compile(r"^(?:in total|overall|altogether|in all)\b[^.;]{0,120}\b(?:in|across) the (?:region|oblast|province|state|governorate)\b"
                        r"[^.;]{0,30}\b(?:over the (?:past|last) (?:day|24 hours|week)|yesterday|during the day)\b"
                        # "Over the past day the enemy killed one person and injured three in the region"
                        r"|^(?:over|in|during) the (?:past|last) (?:day|24 hours),? [^.;]{0,100}\b(?:killed|wounded|injured|dead)\b"
                        r"[^.;]{0,60}\b(?:in|across) the (?:region|oblast|province|state|governorate)\b"
                        # "The regional head says 11 civilians were killed across Donetsk oblast in the past 24h"
                        r"|\b(?:killed|wounded|injured|dead)\b[^.;]{0,40}\b(?:across|throughout) (?:the )?(?:[\w'’-]+ )?"
                        r"(?:region|oblast|province|state|governorate|country)\b[^.;]{0,20}\b(?:over|in|during) the (?:past|last) "
                        r"(?:day|24 ?h(?:ours|rs)?)\b")
_PERIOD_TOTAL_NEEDLES = ("since ", "between ", "across ", " year", "week's", "tally", "in total", "overall", "altogether", "in all",
                         "past week", "last week", "previous week", "seven days", "past month", "last month", "fortnight",
                         "30 days",
                         "past day", "last day", "24 hours", "24h", "24 h", "cumulativ", "under review", "total", "above",
                         "nationwide", "countrywide", "across the country", "our tally", "our count", "its tally",
                         "its count", "their tally", "their count", "'s tally", "'s count")
_ANNIVERSARY = re.compile(r"\b(?:marked|mark|marks|marking|commemorat\w+|remember\w*) (?:the )?(?:\w+ )?anniversary\b")
# A deed told inside what a court did today: the trial, the verdict are the news, the deed was before ("The court heard
# that ... the accused opened fire", "convicted four men over a shooting ... in which five died")
_COURT_FRAME = re.compile(
    r"\b(?:court|tribunal|jury|hearing|inquest|trial|judge|magistrate) (?:heard (?:that|how|evidence|testimony|from)|was told"
    r"|was shown|learned|learnt)\b"
    r"|\btold (?:the|a) (?:court|tribunal|jury|hearing|inquest|trial|judge|magistrate)\b"
    r"|\b(?P<verdict>convicted|convicts|sentenced|sentences|jailed|jails|acquitted|acquits|found (?:\w+ )?guilty|indicted"
    r"|arraigned|imprisoned)\b[^.;]{0,80}?\b(?:for|over|of|in connection with)\b[^.;]{0,100}?\b(?:killings?|killed|murders?"
    r"|attacks?|bombings?|shootings?|massacres?|ambush(?:es)?|kidnappings?|abductions?|lynchings?|deaths?|died|assassinations?"
    r"|raids?)\b"
    r"|\b(?:went|goes|go|stood|stands|is|was|were|are) on trial\b|\bstood trial\b|\b(?:appeared|appears|appear) (?:in|before)"
    r" (?:a |the )?(?:\w+ )?(?:court|judge|magistrate|tribunal)\b")
# when a court's deed is only the time of the sentence's own ("hours after the vice president was sentenced to death"), or
# tells who someone is ("a soldier who was sentenced to death for murder shot dead two guards", "angry that a court had
# acquitted the officers")
_FRAME_AS_TIME = re.compile(r"\b(?:after|before|as|when|while|since|following|days after|hours after|who|whom|that|which"
                            r"|wake of)\b[^,;]{0,50}$")
# a verdict told as the sentence's own verb: after its court or an auxiliary ("the High Court convicted", "three men were
# jailed"), not a participle describing someone ("An inmate convicted of murder stabbed two warders")
_VERDICT_SUBJECT = re.compile(r"\b(?:court|tribunal|judge|magistrate|jury|was|were|been|is|are|be|has|have|had)(?: \w+){0,3} $"
                              r"|\b(?:court|tribunal|judge|magistrate|jury)\b[^,;]{0,40}$")
# ... or a headline's present tense ("ATC sentences three to death over Quetta seminary bombing")
_HEADLINE_VERDICT = re.compile(r"(?:[\w-]+ ){1,3}(?:convicts|sentences|jails|acquits)\b")
# where a sentence's next clause tells a deed of its own ("... were jailed for the killing of a protester, and protesters
# outside the court were tear-gassed; two were injured", "... was held at the base, when a rocket struck, injuring three")
_NEXT_CLAUSE = re.compile(r";|, and |, but |,? when |,? as |, while |,? before |, including "
                          r"| and (?=(?:gunmen|attackers|militants|insurgents|bandits|police|troops|soldiers|they|he|she)\b)"
                          # (a deed with its own doer after "where", "after", "in which": "held a vigil in Khan Younis, where
                          # an Israeli drone killed two"; not "where she was killed last month", the deed mourned)
                          r"|,? (?:where|after|hours after|in which) (?=(?:a|an|the|gunmen|attackers|militants|insurgents"
                          r"|bandits|police|troops|soldiers|rebels|fighters)\b)")
_CHARGED_WITH = re.compile(r"\b(?:accused|charged|suspected|convicted|guilty|arrested|detained|held) (?:of|with|over|for|in)"
                          r"(?: [\w-]+){0,2} $")


def _framed(info: SentenceInfo, text: str, frame: re.Match) -> bool:
    """The sentence's deed lies inside the frame (`text`: the sentence lower-cased): no toll of its own told before the
    frame (but a charge's count: "A man accused of killing two ... went on trial") or in a clause after it, and the frame
    is no time or description of something else."""
    if _FRAME_AS_TIME.search(text, max(0, frame.start() - 60), frame.start()):
        return False
    after = _NEXT_CLAUSE.search(text, frame.end())
    for f in info.figures:
        if not f.status:
            continue
        at = f.start - info.sent.start
        if at < frame.start() and not _CHARGED_WITH.search(text, max(0, at - 40), at):
            return False
        if after is not None and at >= after.end():
            return False
    return True


def _court_frame(info: SentenceInfo, text: str) -> bool:
    """The sentence tells a deed inside what a court did today."""
    frame = _COURT_FRAME.search(text)
    if frame is None or frame.group("verdict") and not _VERDICT_SUBJECT.search(text, max(0, frame.start() - 60),
                                                                                 frame.start()) \
            and not _HEADLINE_VERDICT.match(text):
        return False
    return _framed(info, text, frame)


# ... or inside what mourners did ("Families of the 32 people killed in July gathered", "The chehlum of the eight
# policemen martyred forty days ago was observed"), where the deed was weeks before (a funeral the day after tells the
# incident again: "Funeral prayers of the five policemen martyred on Monday were offered")
_MOURNING_FRAME = re.compile(
    r"^(?:[^.;]{0,40}?[-–—:] )?(?:on \w+,? )?(?:the )?(?:families|relatives|parents|widows|survivors|friends|colleagues|mourners)"
    r" of (?:the )?(?:[\w-]+ ){0,4}?(?:killed|slain|martyred|who died|who were killed|who lost their lives)\b[^.;]{0,120}?"
    r"\b(?:gathered|held|marked|observed|demanded|protested|rallied|called|marched|laid|buried|attended|met|mourned|prayed"
    r"|remembered|commemorated|lit)\b"
    r"|\b(?:marched|gathered|walked|prayed|wept|stood) (?:behind|beside|around|over|at) the (?:coffins?|caskets?|graves?|bodies"
    r"|body)\b"
    r"|\b(?:chehlum|funeral|burial|memorial|vigil|prayers|commemoration|requiem|mass|remembrance)s? (?:service )?(?:of|for)"
    r" (?:the )?[^.;]{0,80}?\b(?:killed|slain|martyred|who died|victims)\b[^.;]{0,120}?\b(?:was|were) (?:\w+ )?(?:observed|held"
    r"|offered|attended|organi[sz]ed|said)\b")
# how a mourning sentence tells its deed was weeks before
_WEEKS_BEFORE = re.compile(r"\b(?:\w+ (?:weeks|months|years) ago|forty days ago|40 days ago|last (?:month|year)|a year ago"
                           r"|in (?:19|20)\d\d|anniversary|in (?:january|february|march|april|may|june|july|august|september"
                           r"|october|november|december))\b")
# A digest's line of sums, told by its label ("Overview:", "Key figures:", "Totals this week:"), or by its count of
# incidents ("41 security incidents were recorded this week")
_TALLY_LABEL = re.compile(r"(?:[\w-]+ ){0,3}?(?:overview|key figures|key numbers|totals?|tally|in numbers|at a glance|statistics"
                          r"|casualty figures|figures|cumulative(?: figures| toll)?|running total|year to date|this week in numbers)"
                          r"(?: (?:this|for the|for this|of the) (?:week|month|period|year|reporting period))?\s*:")
_INCIDENTS_COUNTED = re.compile(r"\b(?:\d{2,}|[5-9]) (?:security |violent |armed |conflict[- ]related )?(?:incidents|events|attacks)"
                                r" (?:were |have been |had been )?(?:recorded|reported|registered|documented|logged|verified)\b")
_COUNTED_NEEDLES = ("recorded", "reported", "registered", "documented", "logged", "verified")
# what makes a labelled line one incident's, not a sum: a day or a named place ("on Sunday", "on 18 May", "in Mogadishu")
_ONE_INCIDENT = re.compile(r"\b(?:yesterday|overnight|last night)\b|\bon \d{1,2} [A-Z][a-z]+|\b(?:in|near|at|on) (?:the )?[A-Z][\w'’-]+")
_FRAMED_NEEDLES = ("court", "tribunal", "jury", "hearing", "inquest", "trial", "appear", "convicts", "jails", "acquits",
                   "coffin", "casket", "grave", "bodies", "body", "judge", "magistrate", "convicted", "sentenced",
                   "jailed", "acquitted", "guilty", "indicted", "arraigned", "imprisoned", "families", "relatives", "parents",
                   "widows", "survivors", "friends", "colleagues", "mourners", "chehlum", "funeral", "burial", "memorial",
                   "vigil", "prayers", "commemoration", "requiem", "mass", "remembrance")
_WAR_TOLL_NEEDLES = ("been killed", "has killed", "have killed", "has since", "have since", "has claimed", "has left", "in which",
                     "lost their lives", "lost his life", "lost her life",
                     "have left", "have died", "has died", "blamed for", "responsible for", "accused of", "deadliest",
                     "during the ", "between ", " toll", "cost ", "has spread", "have spread", "has raged", "have raged",
                     "has continued", "have continued", "has escalated", "has intensified", "every year", "each year",
                     "every month", "each month", "every week")
# A year or a month of the past that opens the sentence, or a toll told in a month of the past:
# "In 2020, intercommunal violence left hundreds dead", "112 civilians were killed across Syria in September"
_YEAR_LEAD = re.compile(r"^(?:in|back in|since|during) (?:early |late |mid-)?((?:19|20)\d\d)\b")
_IN_MONTH_TOLL = re.compile(r"\b(?:killed|died|dead)\b(?:(?!\b(?:who|which|that|had|have|been|from|left|planted|laid|since|by)\b)[^.,;]){0,75}\bin (january|february|march|april|may|june|july|august"
                            r"|september|october|november|december)\b(?! \d)")
# A summary of a day's or a campaign's operations over a wide area, told before its incidents
_OVERVIEW = re.compile(r"\b(?:carried out|conducted|launched|mounted|staged) (?:several|multiple|numerous|a series of|dozens of|a number of) "
                       r"(?:[\w-]+ ){0,6}?(?:missions|operations|strikes|raids|sorties|attacks)\b[^.;]{0,80}?"
                       r"\b(?:across|throughout|in several|in various|on several|against [\w' -]{2,30}? and [\w' -]{2,30}? "
                       r"(?:oblasts|regions|provinces|states|districts))\b", re.IGNORECASE)
# ... of which a pattern of attacks is no incident even in a report's first sentence: "Exports
# continued despite periodic drone attacks on port infrastructure"
_PATTERN_OF_ATTACKS = re.compile(r"(?:regular|frequent|repeated|routine|constant|daily|near-daily|almost daily|periodic|sporadic"
                                 r"|occasional|persistent) [\w -]+", re.IGNORECASE)
_HABITUAL_NEEDLES = ("ly ", "s over the p", "s over the l", "s during the", "g over the p", "g over the l", "often", "continue", "persist", "investigation", "inquiry", "probe", "displaced by", "regular",
                     "frequent", "periodic", "sporadic", "repeated", "routine", "constant", "daily", "become", "clashed with",
                     "fought with", " by a ", "every ", "endured", "carried out", "conducted", "launched", "staged")
_PATTERN_NEEDLES = ("regular", "frequent", "periodic", "sporadic", "occasional", "persistent", "routine", "constant", "daily",
                    "repeated")
_GOVERNED_BEFORE = re.compile(r"\b(?:despite|amid|of|by|from|against|over|with)\s+$", re.IGNORECASE)   # (not the subject)
# What is done habitually, not on a day: "Police say militants increasingly use small drones to attack posts"
_HABITUAL = re.compile(r"\b(?:increasingly|frequently|routinely|regularly|often|usually|repeatedly) (?:use|uses|using|attack|attacks"
                       r"|attacking|target|targets|targeting|fire|fires|firing|launch|launches|launching|carry out|carries out"
                       r"|carrying out|stage|stages|raid|raids|shell|shells)\b"
                       # a tally of operations, not one: "Pakistan has carried out several airstrikes inside Afghan territory this year"
                       r"|\bha(?:s|ve) (?:carried out|conducted|launched|staged) (?:several|many|numerous|dozens of|hundreds of|a series of"
                       r"|repeated|multiple)\b"
                       # fighting that goes on: "Fighting ... has continued around the Tishrin dam"
                       r"|\b(?:fighting|clashes|shelling|attacks|violence|insecurity)\b[^.;]{0,80}\b(?:ha(?:s|ve) continued|continues|continue|continued|persisted|persists)\b"
                       r"|\bha(?:s|ve) continued to (?:stage|carry out|launch|mount|attack|target)\b"
                       # a period's strikes, not a day's: "Russian strikes over the past week had damaged gas facilities"
                       r"|\b(?:strikes|attacks|shelling|bombardments?|raids)\s+(?:over|during) the (?:past|last|previous)"
                       r" (?:week|month|fortnight|(?:few|several|\w+) (?:days|weeks|months))\b"
                       # reports that keep coming, being verified: "The Team continues to receive reports of civilians killed"
                       r"|\b(?:continues?|continued) to (?:receive|get|document|verify|record) (?:\w+ )?reports\b"
                       # what follows an attack: an inquiry called for, people displaced by earlier fighting
                       r"|\b(?:called for|calls for|demanded|urged) (?:an? |the )?(?:\w+ )?(?:investigation|inquiry|probe)\b"
                       r"|\bdisplaced by (?:the )?(?:earlier |recent |previous )?(?:fighting|clashes|violence|attacks)\b"
                       # a pattern, not a day: "regular ambushes by gunmen", "roads have become dangerous",
                       # "the group has clashed with Ugandan forces in Ituri"
                       r"|\b(?:regular|frequent|repeated|routine|constant|daily|near-daily|almost daily|periodic|sporadic|occasional|persistent)"
                       r" (?:(?:drone|missile|rocket|artillery|air|militant|bandit|gang) )?(?:ambushes|attacks|raids"
                       r"|shelling|clashes|kidnappings|abductions|incursions|strikes)\b"
                       r"|\bha(?:s|ve) become (?:increasingly )?(?:dangerous|insecure|unsafe|deadly|a target)\b"
                       r"|\bha(?:s|ve) (?:also |previously |repeatedly )?(?:clashed|fought) with\b"
                       r"|\bha(?:s|ve) been (?:hit|struck|targeted|attacked|shaken) by a (?:series|string|wave|spate|number) of\b"
                       # "Russian shelling and air strikes kill civilians every day", "have endured months of fighting"
                       # (in the sentence's main clause: not "hit Nikopol, which it shells every night")
                       r"|^[^,;]{0,80}\b(?:kill|kills|attack|attacks|shell|shells|strike|strikes|hit|hits|target|targets)\b[^.;,]{0,60}\bevery (?:day|night|week)\b"
                       r"|^[^,;]{0,80}\bha(?:s|ve) endured (?:\w+ )?(?:days|weeks|months|years) of\b")
# (both patterns run over lower-cased text: faster than case-insensitive matching)
_RECALLED = re.compile(
    r"\b(?:last|previous) (?:month|year|week|summer|winter|spring|autumn)['’]s\b|\b(?:is|was|were|are) (?:believed to be |allegedly )?(?:linked|tied|connected) to\b"
    r"|\bwas (?:responsible|behind)\b|\b(?:planned|conducted|orchestrated|coordinated|directed|facilitated|masterminded|involved in|responsible for"
    r"|plans|conducts|orchestrates|coordinates|directs|facilitates|finances|leads|organi[sz]es)\b[^.]{0,60}\battacks\b"
    r"|\bin (?:a|an) (?:similar|earlier|previous|recent) (?:[\w-]+ ){0,2}(?:attack|strike|bombing)\b"
    r"|\b(?:a|another) similar (?:case|incident|attack|strike|bombing|shooting)\b[^.;]{0,100}\bin (?:january|february|march|april|may"
    r"|june|july|august|september|october|november|december)\b(?! \d)|\bearlier (?:this|last) (?:year|month)\b[^.]{0,40}\bkill"
    # the month or year a recalled sentence told ("In December ..., and 39 civilians died ... in the same month")
    r"|\b(?:in|during) (?:the same|that same) (?:month|year|week)\b")
# What happened before, told to explain this incident: "The attack follows the killing of a soldier
# in Fortul", "The operation comes a week after fighters attacked a base", "killed ... two weeks
# ago" (not "The attack came after midnight", "The ceasefire signed two weeks ago collapsed").
_EXPLAINED_BY = re.compile(
    r"^(?:the|this|it|that)(?: (?:attack|strike|bombing|raid|operation|ambush|assault|killing|blast|incident|shelling))?"
    r" (?:follows|followed|came|comes) (?:a|one|two|three|four|several|just|only|a few) (?:days?|weeks?|months?) after\b"
    r"|^(?:the|this|it|that)(?: (?:attack|strike|bombing|raid|operation|ambush|assault|killing|blast|incident|shelling))?"
    r" (?:follows|followed|came|comes)(?: (?:just|only|shortly))? (?:after )?(?:the|an?) (?:killing|attack|ambush|bombing|strike|raid|assault|massacre)s?\b"
    r"|\b(?:killed|killing|died|attacked|ambushed|bombed|struck)\b[^.;,]{0,50}\b(?:two|three|four|several|a few|\d+) (?:days|weeks|months) ago\b"
    # (also inside the sentence: "police said the attack ... came two weeks after the killing of a rival clansman")
    r"|\b(?:came|comes|follows|followed) (?:just |only )?(?:a|one|two|three|four|several|a few) (?:days?|weeks?|months?) after (?:the|an?)"
    r" (?:killing|attack|ambush|bombing|strike|raid|assault|massacre|murder)s?\b")
_EXPLAINED_NEEDLES = ("follow", "came ", "comes ", " ago")
# Every match of _BACKGROUND / _RECALLED contains one of these: a sentence without any is not searched.
_BACKGROUND_NEEDLES = ("remind", "ecall", "km", "kilomet", "miles", "been ", "since ", "so far ", "in total", "over the ", "throughout the ",
                       "is one of ", "was one of ", "th of ", "nd of ", "rd of ",
                       "deadliest", "one of the ", "has killed ", "decade")
_RECALLED_NEEDLES = ("last ", "previous ", "recent ", "linked to", "tied to", "connected to", "was responsible", "was behind",
                     "attacks", "similar ", "earlier ", "same month", "same year", "same week")
_ANAPHORIC = re.compile(r"^(?:The|This|That|It|Its|Their|These|Those)\b(?: \w+){0,2} (?:attack|strike|strikes|blast|explosion|bombing|shelling|assault|raid|incident|missile|drone|drones|impact|operation"
                        r"|IED|bomb|device|explosive device|mine|landmine"
                        r"|encounter|clash|clashes|gunfight|firefight|gun battle|ambush|battle|fighting)\b|^(?:It|They|He|She)\b"

                        r"|\b(?:during|in|after) the (?:fighting|attack|clashes|assault|raid|battle|ambush|shelling|bombing|blast)\b"
                        r"(?! (?:on|in|at) (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?-i:[A-Z]))"
                        r"|\b(?:Among|Amongst) the (?:\w+ )?(?:dead|victims|killed|fatalities|wounded|injured) (?:are|were|was|is)\b"
                        # the targeted vehicle told again, the device with it: "The van was on its way ... near Tajazai
                        # when the device exploded"
                        r"|^The (?:van|vehicle|bus|car|convoy|truck|minibus|patrol)\b[^.;]{0,120}\bwhen the (?:device|bomb|IED"
                        r"|mine|explosive|blast|explosion) (?:exploded|detonated|went off|blew up)\s*[.!]?$"
                        # ("Investigators were collecting fragments of the missile", "debris from the drone")
                        r"|\b(?:fragments?|debris|remains|wreckage|parts?|pieces?) (?:of|from) the (?:missile|drone|rocket|shell|bomb)\b",
                        re.IGNORECASE)
# The attack told, named by its day: "Monday's strike hit the market at midday" (see _named_by_its_day)
_DAY_NAMED_ATTACK = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Yesterday|Last night)['’]s"
                               r" (?:[\w-]+ ){0,2}(?:attack|strike|blast|explosion|bombing|shelling|raid|ambush|assault)\b")


def _named_by_its_day(info: SentenceInfo, current: IncidentDraft) -> bool:
    """The sentence opens on the incident told so far, named by its day ("Monday's strike hit the market at midday"):
    the day it names is that incident's, or the incident has no day yet."""
    if _DAY_NAMED_ATTACK.match(info.sent.text) is None:
        return False
    told = {d.date for d in current.dates() if d.role != "report"}
    named = [d.date for d in info.dates if d.role == "attributive" and d.date and d.start == info.sent.start]
    return bool(named) and (not told or named[0] in told)


# A toll stated of the incident ("By Sunday the death toll remained at 11"): its day is when it was told.
_TOLD_VERB = re.compile(r"\b(?:said|says|confirmed|told|reported|added|stated)\b")
_PUT_TOLL_AT = re.compile(r"\b(?:put|puts|putting|placed|places|set|sets|gave|gives) the (?:death |casualty |overall |final )?toll at\b",
                          re.IGNORECASE)
_TOLL_STATED = re.compile(r"(?:the )?(?:death toll|toll|number of)\b", re.IGNORECASE)
# The attackers or their fire named again: "The gunmen arrived on Saturday in the village of Mafa".
_BACK_TO_ATTACKERS = re.compile(r"^(?:The|These|Those) (?:\w+ )?(?:gunmen|attackers|assailants|militants|fighters|jihadists"
                                r"|insurgents|bombers?|shells|rockets|missiles|raiders|bandits|rebels|terrorists)\b")
# "The Pakistani Taliban claimed responsibility": who did it, said of the incident just told.
_CLAIMED_IT = re.compile(r"\bclaimed (?:responsibility|the (?:attack|bombing|blast|killing|killings|assault))\b"
                         r"|\bresponsibility for the (?:attack|bombing|blast|killing)\b", re.IGNORECASE)
_RESIDENTIAL = re.compile(r"\b(?:residential|apartment|homes?|houses?|market|hospital|school|kindergarten|shop|supermarket|playground|civilian|church|mosque|bus stop|railway station|cafe|restaurant|neighbourhood|neighborhood|high-rise|private house)s?\b", re.IGNORECASE)
_MILITARY_TARGET = re.compile(r"\b(?:positions?|checkpoints?|military (?:base|convoy|vehicle|post|target)s?|base|convoy|patrol|outpost|barracks|troops|soldiers|frontline)\b", re.IGNORECASE)


# A sentence that reports a further incident in so many words: "A second car bomb exploded ...",
# "Another IED killed ...", "In a separate attack, ...", "... were killed in other attacks".
ANOTHER_INCIDENT = re.compile(
    r"^(?:(?:in|during) (?:a |an )?(?:another|separate|second|third|subsequent|different) (?:\w+ )?"
    r"(?:incident|attack|strike|bombing|explosion|blast|shooting|clash|raid|ambush|engagement|encounter|firefight)"
    r"|a (?:second|third|fourth|fifth|separate|subsequent) (?:\w+ ){0,2}?"
    r"(?:bomb|bombing|blast|explosion|attack|strike|shooting|ambush|raid|device|ied)(?! victim)"
    r"|another (?:\w+ ){0,2}?(?:bomb|bombing|blast|explosion|attack|strike|shooting|ambush|raid|incident|device|ied)(?! victim)"
    r"|(?:(?:various|several|many|numerous|two|three|four) )?other (?:\w+ )?(?:attacks|bombings|blasts|explosions|shootings|clashes|incidents)"
    r"|elsewhere|separately"
    r"|(?:almost |nearly )?simultaneously|meanwhile"
    r"|in (?:a|an) (?:\w+ )?(?:\w+ )?(?:attack|bombing|blast|explosion|shooting|ambush|raid|strike) (?:on|in|at|near|close to|against|targeting)\b)\b"
    r"|\bin (?:(?:various|several|many|numerous) )?(?:other|separate) (?:\w+ )?(?:attacks|incidents|bombings|clashes|shootings|raids)\b", re.IGNORECASE)
_ANOTHER_LEAD = re.compile(r"(?:in|during) (?:a |an )?(?:another|separate|second|third|different) (?:\w+ )?"
                           r"(?:incident|attack|strike|bombing|explosion|blast|shooting|clash|raid|ambush|engagement"
                           r"|encounter|firefight)\b", re.IGNORECASE)
# Bodies found later at the scene: the same incident's dead, found on a later day
_BODIES_AT_SCENE = re.compile(r"\b(?:bod(?:y|ies)|remains|corpses?)\b[^.;]{0,60}\b(?:near|at|close to|not far from) the (?:scene|site)\b"
                              # the dead buried: "We buried 27 bodies this morning"
                              r"|\b(?:buried|bury|burying|burial of)\b[^.;]{0,20}\b(?:bod(?:y|ies)|dead|victims|corpses)\b",
                              re.IGNORECASE)
# A later death or a toll of the same incident: "another victim died in hospital", "two more
# officers died of their wounds", "raising the toll to 13".
_DIED_OF_WOUNDS = re.compile(r"\b(?:died|dies|succumbed)\b[^.;]{0,40}\b(?:hospital|wounds|injuries|treatment)\b"
                             r"|\bof the (?:injured|wounded)\b[^.;]{0,50}\b(?:died|succumbed)\b"
                             r"|\b(?:injured|wounded)[;,] (?:one|two|three|\d+) of them\b[^.;]{0,50}\b(?:died|succumbed)\b", re.IGNORECASE)
_FOLLOW_UP = re.compile(_DIED_OF_WOUNDS.pattern + r"|\btoll\b|\b(?:more|another) \w+ died\b", re.IGNORECASE)
# ... unless it follows at once, at the same spot: a double tap is one incident.
_SAME_SCENE = re.compile(r"\b(?:seconds|minutes|moments) (?:later|after)|\bshortly after(?:wards)?\b|\bat the same (?:spot|site|place|scene)\b"
                         r"|\bas (?:rescuers|emergency workers|first responders|people) (?:arrived|gathered|rushed)"
                         # ("A second device exploded as residents gathered at the scene": not a sentence that says it tells
                         # another, "In a separate attack, two soldiers died at the scene of an ambush")
                         r"|^(?!(?:in (?:a |an )?(?:separate|another|different|second)|separately|meanwhile|elsewhere)\b)"
                         r".*\bas (?:residents|villagers|onlookers|bystanders|a crowd|crowds) (?:gathered|arrived|rushed)"
                         r" (?:at|to) the (?:scene|site|spot)\b", re.IGNORECASE)


def _fast_words(pattern: re.Pattern[str], suffix: str) -> re.Pattern[str]:
    """`\\b(?:WORDS)SUFFIX` (case-insensitive) as one branch per first letter, searched over
    " " + text (conflictlens.text.alternation): the same matches, found faster."""
    words = pattern.pattern[len(r"\b(?:"):-len(")" + suffix)]
    return re.compile(r"\W" + by_first_letter(top_alternatives(words), ignorecase=True) + suffix, re.IGNORECASE)


_RESIDENTIAL_FAST = _fast_words(_RESIDENTIAL, r"s?\b")
_MILITARY_TARGET_FAST = _fast_words(_MILITARY_TARGET, r"\b")


@dataclass(slots=True)
class SentenceInfo:
    """What one sentence says, extracted once and reused by every decision."""

    sent: Sentence
    figures: list[Figure]
    cues: list[Cue]
    places: list[Place]
    dates: list[DateMention]
    sources: list[Source]
    political: list[PoliticalMention]
    background: bool = False
    headline: bool = False
    title: bool = False     # a page's title below its menus (not its first line): its towns are the story's to come

    @property
    def strong_cue(self) -> bool:
        return any(c.rank >= 2 for c in self.cues) or any(f.best for f in self.figures)

    @property
    def anchor(self) -> bool:
        return bool(self.cues) or any(f.status for f in self.figures)


@dataclass(slots=True)
class IncidentDraft:
    sentences: list[SentenceInfo] = field(default_factory=list)

    def places(self) -> list[Place]:
        return [p for s in self.sentences for p in s.places]

    def weapons(self) -> set[str]:
        return {c.weapon for s in self.sentences for c in s.cues if c.weapon and c.rank >= 6}

    def dates(self) -> list[DateMention]:
        return [d for s in self.sentences for d in s.dates if d.date]


_MONTH_LEAD = re.compile(r"^(?:earlier |back |last )?(?:in |)(?:early |late |mid-|the (?:middle|end|beginning|start) of )?"
                         r"(january|february|march|april|may|june|july|august|september|october"
                         r"|november|december)(?: (\d{4})|( last year| of last year)|(?: of)? this year)?(?:,|(?<=\d) "
                         # (a month's tally with no comma: "In July we recorded 14 civilians killed")
                         r"| (?=(?:we|they|officials|authorities|police|monitors|the \w+) (?:recorded|counted|registered|documented"
                         r"|logged|verified)\b))")   # ("In early April,", "In February of
#                                                                                               this year,", "In March 2025 a strike")
# Another attack at an earlier time, told in passing: "Another strike in October damaged a ship and
# killed one", "forces returned to the city last month, killing dozens" (not "the deadliest since
# last month", nor a sentence that also names this week's day).
_ANOTHER_IN_MONTH = re.compile(r"^(?:another|a previous|an earlier|a similar) [^.;]{0,60}?\bin (?:early |late |mid-)?"
                               r"(january|february|march|april|may|june|july|august|september|october|november|december)\b(?! \d)")
# A count the report has since replaced: "Initial reports on Monday had put the death toll at 20",
# "officials had earlier put the toll at 12" (the current toll is told elsewhere).
_SUPERSEDED = re.compile(r"^(?:the )?(?:initial|earlier|preliminary|first|previous) (?:reports?|accounts?)\b[^.;]{0,60}\bhad\b"
                         r"|^(?:the )?(?:initial|earlier|preliminary|first|previous) (?:figures?|estimates?|counts?|tolls?|death tolls?)\b"
                         r"[^.;]{0,60}\b(?:had|was|stood at)\b|\bhad (?:initially|earlier|first) (?:put|given|estimated) (?:the|its|a) (?:death )?(?:toll|number)\b")
# "Fedorov initially reported one dead and five injured, before updating the figures": replaced since
_REPORTED_AT_FIRST = re.compile(r"\b(?:initially|originally|first|earlier) (?:reported|said|put|gave|announced|counted)\b"
                                r"[^.;]{0,80}\b(?:before|later|since|then)\b[^.;]{0,30}\b(?:updat|revis|rais|correct|lower)")
_LAST_MONTH = re.compile(r"(?<!since )(?<!than )\b(?:last|earlier this) (?:month|year)\b"
                         r"|(?<!since )(?<!than )(?<!as in )\blast (?:january|february|march|april|may|june|july|august|september"
                         r"|october|november|december)\b(?=[^.;,]{0,60}\b(?:killed|killing|left|wounded|injured)\b)")
#                          ("An attack in the region last August killed hundreds": an earlier month's, told before its toll)
# A day of this week named in the sentence: the incident's own ("... on Monday", "Sunday's violence")
_THIS_WEEK = re.compile(r"\b(?:today|yesterday|tonight|overnight|last night|this (?:morning|week)|past 24 hours|monday|tuesday"
                        r"|wednesday|thursday|friday|saturday|sunday)\b")
# A toll over a stretch of time, not a day's: "In the first five months of this year, 19 officers
# have been killed", "168 casualties between January and June", "In January alone", "In the month
# of May", "recorded 116 deaths in 2024" (a past year is checked against the publication date).
_MONTH_ALT = "january|february|march|april|may|june|july|august|september|october|november|december"
_PERIOD_TOLL = re.compile(
    rf"\bbetween (?:early |mid-|late )?(?:{_MONTH_ALT})(?: \d{{4}})? and (?:early |mid-|late )?(?:{_MONTH_ALT})\b"
    r"|\b(?:in|during|over|within) the (?:first|past|last|previous) (?:\w+ )?(?:months|weeks|years|half|quarter)\b"
    r"|\bthe (?:first|second|third|fourth|last) (?:half|quarter) of\b|\bin the month of\b"
    r"|(?<!deadliest )(?<!worst )(?<!bloodiest )(?<!largest )(?<!biggest )\bin recent (?:years|months|weeks)\b"
    rf"|\b(?:in|during) (?:{_MONTH_ALT}|(?:19|20)\d\d|this year|the year) alone\b|\bthis year alone\b"
    # "The clashes then killed more than 90 people in two weeks" (not "the deadliest in five years", "the second
    # such blast in three weeks": this incident compared with others)
    r"|\b(?:killed|died|dead|deaths)\b(?:(?!such|deadliest|worst|bloodiest|largest|biggest|first|second|third)[^.;,]){0,40}?"
    r"\b(?:in|over|within) (?:the )?(?:two|three|four|five|six|several|a few|\d+) (?:weeks|months|years)\b")
_PERIOD_NEEDLES = ("between ", " the first ", " the past ", " the last ", " the previous ", "half of", "quarter of",
                   "month of", " alone", "in recent ", "weeks", "months", "years")
_PAST_YEAR = re.compile(r"\b(?:killed|died|dead|deaths|casualties|fatalities|killings)\b"
                        r"(?:(?!,? (?:which|who|where|when|whose|born|after|before)\b)[^.;]){0,90}?"
                        r"\b(?:in|during|throughout) (?:early |late |mid-)?((?:19|20)\d\d)\b")
_SUPERLATIVE = re.compile(r"(?:one of )?the (?:deadliest|worst|largest|bloodiest)")
# "the first suicide bombing since the start of the war": this incident, told as a first since then
# ... but not one that then tells the earlier one: "the first attack on the base since 2021, when 12 were killed"
_THEN_TOLD = re.compile(r"[^.;]{0,30}?,? (?:when|in which|which|that)\b[^.;,]{0,60}?\b(?:killed|died|dead|wounded|injured)\b")
_FIRST_SINCE = re.compile(r"\b(?:the|its|their|a) first (?:[\w-]+ ){0,5}$")


# A toll given for an earlier year in its own clause: "a bombing at the same mosque killed 70 in 2010"
# (not "killed in the town, which was recaptured in 2017").
_IN_YEAR_TOLL = re.compile(r"\b(?:killed|killing|died|dead|wounded|injured|massacred)\b[^.,;]{0,60}\bin (?:[a-z]+ )?((?:19|20)\d\d)\b")


# A year or a month named before the toll of its own clause: "a strike on the same market in 2016
# killed 40", "a bombing in Bannu in March killed six officers".
_TOLL_VERB = r"(?:killed|killing|left|wounded|injured|claimed|massacred)"
_EVENT_NOUN = r"(?:attack|bombing|blast|explosion|strike|airstrike|raid|ambush|shelling|massacre|assault|offensive|siege|campaign)s?"
_YEAR_THEN_TOLL = re.compile(rf"\b{_EVENT_NOUN}\b[^.;:,]{{0,40}}?\bin ((?:19|20)\d\d)\b[^.;:,]{{0,12}}?\b{_TOLL_VERB}\b")
_MONTH_THEN_TOLL = re.compile(rf"\b{_EVENT_NOUN}\b[^.;:,]{{0,40}}?\bin (?:early |late |mid-)?(january|february|march|april|may"
                              r"|june|july|august|september|october|november|december)\b(?! \d)"
                              rf"[^.;:,]{{0,12}}?\b{_TOLL_VERB}\b")
_MONTH_NAMES = ("january", "february", "march", "april", "may ", "june", "july", "august", "september", "october",
                "november", "december")


# More of the same dead on a later day, found or dying: "Three more bodies were found on
# Friday", "two more died" (not "On Thursday, a drone killed 2 more people at the site", nor
# "Three more villagers were killed in Agatu on April 29", nine days on).
_MORE_OF = re.compile(r"^\S+ more\b(?! than)", re.IGNORECASE)
_FOUND_OR_DIED = re.compile(r"\b(?:bodies|body|found|recovered|pulled|died|succumbed|passed away)\b", re.IGNORECASE)


# Some of the dead or hurt told already: "Funeral prayers for two of the victims were offered on Thursday"
_OF_THOSE_TOLD = re.compile(r"^\S+(?: \S+)? of (?:the|those|these) (?:victims|dead|deceased|killed|wounded|injured|slain|fallen)\b",
                            re.IGNORECASE)


def _later_dead(info: SentenceInfo, draft: IncidentDraft) -> bool:
    """The sentence tells more of the open incident's dead, found or dying within two days of it."""
    if not any(_MORE_OF.search(f.text) for f in info.figures) or any(c.rank >= 4 for c in info.cues) \
            or not _FOUND_OR_DIED.search(info.sent.text):
        return False
    mine = [d for d in (parse_iso(m.date) for m in info.dates) if d]
    theirs = [d for d in (parse_iso(m.date) for m in draft.dates()) if d]
    return not any(abs((a - b).days) > 2 for a in mine for b in theirs)


_EARLIER_LEADS = ("last month", "last year", "last week", "earlier this month", "earlier this year", "a week ago",
                  "a month ago", "a year ago", "two weeks ago", "in previous attacks", "in earlier attacks",
                  # (a season or a span before the incident told: "In the spring, a missile strike on Dnipro killed nine",
                  # "A month earlier, six people were killed in a raid on Yantumaki")
                  "a month earlier", "months earlier", "two months earlier", "three months earlier", "a year earlier",
                  "months ago", "two months ago", "three months ago", "in the spring", "in the summer", "in the autumn",
                  "in the fall", "in the winter", "last spring", "last summer", "last autumn", "last fall", "last winter",
                  "earlier in the year", "in spring", "in summer", "in autumn", "in winter")
_EARLIER_LEAD = re.compile("(?:" + "|".join(map(re.escape, _EARLIER_LEADS)) + r")\b")     # (not "In Summerfield", "in the Fallujah")
# A recall's opening conjunction ("And in October, three people were killed ..."): read past it
_ANSWER_LEAD = re.compile(r"^(?:[aq]:|[-–—])\s+")
_RECALL_CONJUNCTION = re.compile(r"^(?:and|but|also|meanwhile),? ")


# a running total told after a sentence's own toll: ", bringing the death toll since August to 200"
_RUNNING_CLAUSE = re.compile(r",? (?:bringing|raising|taking|pushing|lifting) (?:the (?:overall |total |death |cumulative |casualty )?"
                             r"(?:toll|number|total|count|tally)|its (?:death )?toll|to (?:more than |over |at least )?\d)")
_RUNNING_NEEDLES = ("bringing", "raising", "taking", "pushing", "lifting")


def _period_of(total: str) -> str:
    """The stretch of days a _PERIOD_TOTAL match names: what follows its "since" or "between"."""
    at = max(total.rfind("since "), total.rfind("between "))
    return total[at:] if at >= 0 else total


# a sentence that opens by telling how long ago it was: "A year ago this week, on 1 February 2025, ...", "One year on,
# ...", "Two years ago, ..." (its incident recalled where a date it tells lies that far back; not "Two months after
# the 1 December attack, gunmen killed five more on Monday": the news told against it)
# an attack told as years past, with no count of its own: "in the rocket hit two years ago"
_ATTACK_YEARS_AGO = re.compile(r"\b(?:attack|strike|hit|bombing|shelling|massacre|blast|explosion|raid)s? (?:\w+ ){0,2}?(?:a|one"
                               r"|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years ago\b")
_MARKS_SINCE = re.compile(r"^(?:today |this (?:week|month|day) )?(?:marks|marked) (?:exactly )?(?:one|two|three|four|five|six"
                          r"|seven|eight|nine|ten|a|\d{1,2}) (?:years?|months?) since\b")
_THEN_AGAIN = re.compile(r",? but\b|\bagain\b|;")      # ("Two years ago the army drove them out, but militants stormed ...")
_YEARS_AGO = re.compile(r"(?:exactly |almost |nearly |just over |more than |about )?(?:a|one|two|three|four|five|ten|\d{1,2})"
                        r" (?:years?|months?) (?:ago|on,)|twelve months (?:ago|on,)|last year\b")
# a record's number on a line of its own ("Claim PV-26-0121", "Incident 2026-014"): the next record's fields below
_RECORD_ID = re.compile(r"(?:Claim|Incident|Case|Record|Ref(?:erence)?|File|Ticket|Attack|Event|Entry)(?: [Nn]o\.?| #| number| ID)?"
                        r"\s*[:#]?\s*(?=[A-Z0-9/-]*\d{3})(?=[A-Z0-9/-]*[-/])[A-Z]{0,4}[-/]?\d[A-Z0-9/.-]*\s*")
# the clause a tried incident's toll is told in: "the June 2023 raid on Juhudi, in which militants killed 12 men"
_TOLL_CLAUSE = re.compile(r"\b(?:in which|which (?:killed|left)|that (?:killed|left))\b")
# a transcript's question about the past ("Is this like the attack in Safana last year?"), and a question's speaker
_EARLIER_ASKED = re.compile(r"\b(?:last (?:year|month)|years? ago|months? ago|in (?:19|20)\d\d)\b", re.IGNORECASE)
_ASKED = re.compile(r"(?:Q|QUESTION|Question|JOURNALIST|Journalist|REPORTER|Reporter|HOST|Host|INTERVIEWER|Interviewer)\b"
                    r"[^:\n]{0,40}:\s")
_CABLE_TAGS = re.compile(r"(?:TAGS|Tags):\s+[A-Z]{2,5}\b")
_CABLE_MARK = re.compile(r"(?i:\bsipdis\b|\be\.o\. 1\d{4}\b|\bclassified by:|\bdecl:)")   # (not a blog's "Tags: UN, Sudan")
# a memo's subject line, its title ("Subject: Ambush on humanitarian convoy, Bor-Pibor road")
_SUBJECT_LINE = re.compile(r"(?:subject|subj|re|ref|reference|references)\s*:\s", re.IGNORECASE)
# a claim a fact check or a rebuttal weighs, its count not the report's: "Claim: ...", "Posts on X claim that ..."
_CLAIMED = re.compile(r"(?:(?:the |viral |online )?claims?|rumou?rs?|the post|what was (?:claimed|shared))\s*:"
                      r"|(?:[\w-]+ ){0,6}?(?:posts|pages|videos|rumou?rs)(?: on [\w ,]{1,30}?)?"
                      r" (?:claim|claimed|claiming|allege|alleged|circulated)(?: on [\w ]{1,20}?)? that\b",
                      re.IGNORECASE)
_QUESTION = re.compile(r"(?:did|was|were)\b", re.IGNORECASE)
# a fact check's own words, in its first lines: its claims and questions weigh a rumour
_FACT_CHECK = re.compile(r"\b(?:fact[ -]?check|verdict|claim\s*:|our findings|rating\s*:)", re.IGNORECASE)
_CASUALTY_VERB = re.compile(r"\b(?:killed|killing|shot|died|dead|wounded|injured|murdered|bombed|struck|hit)\b", re.IGNORECASE)
_ORDINAL_VICTIM = re.compile(r"\b(?:is|was|became|becomes|marks) the (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                             r"|\d+(?:st|nd|rd|th)) (?:[\w-]+ ){0,4}(?:to be )?(?:killed|murdered|slain|assassinated|shot dead)\b")
_RELATIVE_BETWEEN = re.compile(r"\b(?:that|which|who|where),? ")
_BULLETS = "•-*–—▪▫◦·> "
_KILLED_AGO_BEFORE = re.compile(r"\b(?:killed|died|perished|lost their lives|were killed|was killed|massacred|murdered)\s+$",
                                re.IGNORECASE)
_RECALLED_DAYS = 60     # how long before the report a day told so is another incident's, recalled


def mark_background(info: SentenceInfo, ref: date | None, have_incident: bool, current: IncidentDraft | None = None,
                    entry: bool = False, before_news: bool = False, period: tuple[date, date] | None = None) -> None:
    """Set `info.background` where the sentence tells no new incident: context, a running or
    period total, an incident recalled (`current`: the incident told so far, whose toll a region's
    day total may sum; `entry`: a chronology's entry, `_entry`, never recalled by its date; `before_news`:
    the sentence comes after the lead and before the report's news of its own week, _last_fresh, so an earlier
    month or year it names is recalled as it would be after an incident)."""
    text = info.sent.text.lower()
    if "  " in text or "\n" in text:
        text = " ".join(text.split())      # the patterns are written with single spaces
    if text[:1] in _BULLETS:
        text = text.lstrip(_BULLETS)        # a bullet's line read as its words: "• In January, shelling ... killed 14"
    if info.figures and contains_any(text, _RUNNING_NEEDLES) and (running := _RUNNING_CLAUSE.search(text)) \
            and any(f.status and f.part_of is None and f.start - info.sent.start < running.start() for f in info.figures) \
            and not any(f.status and f.start - info.sent.start >= running.start() for f in info.figures):
        # (where the clause's total is read as no count of the day's: a count in it keeps the whole sentence's reading)
        # "... killed 15 people and injured 26, bringing the number of casualties in the camp since the start
        # of August to more than 200": the running total after the day's own toll tells nothing of the day's
        text = text[:running.start()]
    background = contains_any(text, _BACKGROUND_NEEDLES) and _BACKGROUND.search(text)
    if background and background.group().startswith(_LIES_WORDS) and any(d.role == "event" and d.date for d in info.dates) \
            and any(c.rank >= 2 and c.start - info.sent.start < background.start() for c in info.cues):
        background = None   # "on Sunday insurgents attacked the pumping station, located about 4 km from the town centre":
        #                     the site of the attack told, not a town's distance from the front
    if background and background.group().startswith("since") and any(
            f.status and f.start - info.sent.start < background.start() for f in info.figures) \
            and _RELATIVE_BETWEEN.search(text, max(f.end - info.sent.start for f in info.figures if f.status
                                                   and f.start - info.sent.start < background.start()),
                                         background.start()):
        background = None   # "... counted five dead at a plant that has made nothing for the army since 2014": the
        #                     relative clause's time, after the day's own toll
    if background and _SUPERLATIVE.match(background.group()) and any(
            f.status and f.start - info.sent.start < background.start() for f in info.figures):
        background = None   # "25 soldiers were killed in the attack, which was one of the deadliest in years"
    if background and (then := _THEN_NEWS.search(text, background.end())) and any(
            f.status and f.part_of is None and f.start - info.sent.start > then.end() for f in info.figures) and any(
            (c.rank >= 2 or c.weapon) and c.start - info.sent.start > then.end() for c in info.cues):
        background = None   # "Sumy has been shelled almost daily for weeks, and on Sunday a guided bomb killed two"
    if background and background.group().startswith("since") \
            and _FIRST_SINCE.search(text, max(0, background.start() - 50), background.start()) \
            and not _THEN_TOLD.match(text, background.end()):
        background = None   # "In the first suicide bombing since the start of the war, a bomber ... wounding 40"
    if not background and info.cues and "been " in text and (durative := _DURATIVE.search(text)) and not _THIS_WEEK.search(text) \
            and not any(d.role == "event" and d.precision == 1 for d in info.dates) \
            and not any(f.status and f.start - info.sent.start < durative.start() for f in info.figures):
        background = True       # "Drone attacks have been recurring for months" (a siege with no attack told
        #                         stays the context of the incident that follows: "Kadugli has been under siege for years")
    if not background and not info.figures and "responsible for" in text and _ABUSES_CHARGED.search(text) \
            and not any(d.role == "event" and d.precision == 1 for d in info.dates):
        background = True       # "Both the security forces and armed separatists have been responsible for serious
        #                         abuses, including killings and kidnappings": a charge over years, no incident
    if not background and not info.figures and "throughout the " in text and _THROUGHOUT.search(text) \
            and not any(d.role == "event" and d.precision == 1 for d in info.dates):
        background = True       # "Fighting ... continued around El Fasher throughout the month": the period's, no incident
    if not background and contains_any(text, _WAR_TOLL_NEEDLES) and _WAR_TOLL.search(text) and not _THIS_WEEK.search(text):
        background = True       # a war's running toll (not "... have been killed in the unrest in Dhaka on Monday")
    if not background and info.figures and contains_any(text, _PERIOD_TOTAL_NEEDLES) and (
            (total := _PERIOD_TOTAL.search(text)) and not any(d.role == "event" and d.precision == 1
                                                              and d.text.lower().rstrip(".,;") not in _period_of(total.group()) for d in info.dates)
            or current is not None and not any(p.kind == "place" for p in info.places) and _DAY_TOTAL.search(text)
            and any(f.status for s in current.sentences if not s.headline for f in s.figures)):
        # a toll for a stretch of days or a tally of incidents: the sum of the report's (not a sentence that
        # tells its own day's deaths: "killed two in Khan Younis on Tuesday, the first deaths since the ceasefire")
        background = True
    if not background and not info.figures and "anniversary" in text and not any(c.rank >= 3 for c in info.cues) \
            and _ANNIVERSARY.search(text):
        background = True       # "Residents marked the anniversary of a deadly attack on the hospital": remembered
    if not background and contains_any(text, _FRAMED_NEEDLES) and (
            _court_frame(info, text) or info.figures and (mourning := _MOURNING_FRAME.search(text)) is not None
            and _framed(info, text, mourning) and (
                _WEEKS_BEFORE.search(text) or ref is not None and any(
                    d.date and d.kind == "explicit" and (ref - parse_iso(d.date)).days > 10 for d in info.dates))):
        background = True
    if not background and info.figures and ":" in text[:40] and (label := _TALLY_LABEL.match(text)) is not None \
            and not _ONE_INCIDENT.search(info.sent.text, label.end()):
        background = True       # "Key figures: 12 incidents; 17 fatalities this period", "Totals this week: 5 killed" (not
        #                         "Overview: Gunmen killed seven people in an attack on a village in Plateau state on Sunday")
    if not background and info.figures and contains_any(text, _COUNTED_NEEDLES) \
            and (tally := _INCIDENTS_COUNTED.search(text)) is not None and _framed(info, text, tally):
        # "41 security incidents were recorded this week, with 52 fatalities": a tally of them (not "two soldiers killed
        # ... on Feb 6, 13 attacks recorded": the day's own toll, then the day's count of attacks)
        background = True
    if not background and have_incident and " the " in text and (ordinal := _ORDINAL_VICTIM.search(text)) \
            and not any(d.role == "event" and d.date for d in info.dates) \
            and not _CASUALTY_VERB.search(text, 0, ordinal.start()):
        background = True       # "Rodel is the second journalist killed in Mindanao this year": a tally of such killings
        #                         (not "gunmen shot dead a teacher in Gusau on Tuesday; she was the second teacher killed")
    if background or have_incident and (contains_any(text, _RECALLED_NEEDLES) and _RECALLED.search(text)
                                         or contains_any(text, _EXPLAINED_NEEDLES) and _EXPLAINED_BY.search(text)):
        info.background = True
        return
    if have_incident and info.figures and not _THIS_WEEK.search(text) and (
            contains_any(text, _PERIOD_NEEDLES) and _PERIOD_TOLL.search(text)
            or ref is not None and (" 1" in text or " 2" in text) and any(
                int(m.group(1)) < ref.year for m in _PAST_YEAR.finditer(text))
            and not any(d.date and d.precision == 1 for d in info.dates)):
        info.background = True   # a toll over months or a past year: "In the first half of 2025, IS attacks killed 115"
        return
    if have_incident and not info.figures and any(c.sub_event_type == DISRUPTED for c in info.cues):
        info.background = True   # "Later three explosive devices were defused at the site": after the attack told, no attack
        return
    if have_incident and " after " in text and not any(f.status for f in info.figures) \
            and (after := _HOURS_AFTER_DEED.search(text)) is not None and _after_clause_only(info, text, after, current):
        info.background = True   # "The bomb fell about twelve hours after drones hit an apartment block in Saltivka": the
        return                   # earlier strike, a time to tell this one by (not "Two hours after ..., a second blast hit
        #                          a market in Lakki Marwat": a deed of its own, elsewhere)
    if have_incident and ":" in text[:12] and _NTH_REMARK.match(text):
        info.background = True   # "Remarks: second EO incident in the hromada this month": a record's count of such
        return                   # incidents, not another one
    if have_incident and text[:1] in "tiet" and _NTH_IN_A_SPAN.match(text):
        info.background = True   # "This is the second deadly attack on the city in a week: on 11 March a missile ...": the
        return                   # ones before, recalled
    if have_incident and not any(f.status for f in info.figures) and text.startswith("earlier ") \
            and _EARLIER_SAME_DAY.match(text):
        info.background = True   # "Earlier on Thursday a missile struck the centre of Kramatorsk": another strike told
        return                   # in passing, its toll not told
    if current is not None and info.figures and _recalled_by_its_day(info, current):
        info.background = True   # "... still clearing rubble from Thursday's missile strike, which killed five": the day
        return                   # before's incident, named to set the scene of Friday's
    if have_incident and text[:4] in ("and ", "but ", "also", "mean"):
        text = _RECALL_CONJUNCTION.sub("", text)
    if text[:2] in ("a:", "q:", "- ", "– ", "— "):
        text = _ANSWER_LEAD.sub("", text)   # an interview's turn: "A: In July we recorded 14 civilians killed ..."
    recalls = have_incident or before_news
    if ref is not None and info.figures and any(d.date and d.precision >= 2 for d in info.dates) \
            and _COURT_WORDS.search(text) and any(
            d.date and d.precision >= 2 and (ref - parse_iso(d.date)).days > _RECALLED_DAYS
            and all(f.start > d.end for f in info.figures if f.status)
            and _TOLL_CLAUSE.search(info.sent.text, d.end - info.sent.start,
                                    min(f.start for f in info.figures if f.status) - info.sent.start)
            for d in info.dates):
        info.background = True   # "... adjourned the trial over the June 2023 raid on Juhudi, in which militants killed 12
        return                   # men": the incident tried, long past
    if " since " in text and _MARKS_SINCE.search(text):
        info.background = True   # "Today marks one year since the Russian missile strike ..., which took the lives of 11":
        return                   # the anniversary's attack and its toll
    if "years ago" in text and not any(f.status for f in info.figures) and _ATTACK_YEARS_AGO.search(text):
        info.background = True   # "the memory of those who perished in the rocket hit two years ago": an anniversary's
        return                   # attack (not "killing six officers, in revenge for a military raid two years ago")
    if ref is not None and " ago" in text and any(
            d.date and d.precision == 3 and (ref - parse_iso(d.date)).days > _RECALLED_DAYS and d.text.lower().endswith(" ago")
            and _KILLED_AGO_BEFORE.search(info.sent.text, max(0, d.start - info.sent.start - 30), d.start - info.sent.start)
            for d in info.dates):
        info.background = True   # "to remember the 11 people killed five years ago when gunmen opened fire": the dead of
        return                   # an attack long past
    if ref is not None and (years_ago := _YEARS_AGO.match(text)) and (any(
            d.date and (ref - parse_iso(d.date)).days > _RECALLED_DAYS for d in info.dates)
            or not info.dates and "years ago" in years_ago.group() and not any(f.status for f in info.figures)
            and not _THEN_AGAIN.search(text)) \
            and not any(d.date and d.role == "event" and d.precision == 1 and abs((ref - parse_iso(d.date)).days) <= _RECALLED_DAYS
                        for d in info.dates):
        info.background = True   # "A year ago this week, on 1 February 2025, a jet bombed the market", "Exactly two years
        return                   # ago on this day the enemy rocket hit the house": the anniversary's incident, recalled
    if recalls and text.startswith(_EARLIER_LEADS) and _EARLIER_LEAD.match(text) \
            and not text.startswith(("last night", "last evening")) and not ("; " in text and _THIS_WEEK.search(text)):
        info.background = True   # "Last month a suicide bomber killed nine people in the town": an earlier incident
        return
    if ref is not None and have_incident and "; in " in text and any(f.status for f in info.figures) \
            and all(f.start - info.sent.start > text.index("; in ") for f in info.figures if f.status) and (
            m := _MONTH_LEAD.match(text[text.index("; in ") + 2:])) and (
            MONTHS[m.group(1)] != ref.month or m.group(2) and int(m.group(2)) < ref.year or m.group(3)):
        info.background = True   # "This is the third IED incident this year; in January, eight personnel lost their lives ..."
        return
    if ref is not None and recalls and text.startswith(("in ", "earlier", "back ", "last ")):
        m = _MONTH_LEAD.match(text)
        if m and (MONTHS[m.group(1)] != ref.month or m.group(2) and int(m.group(2)) < ref.year or m.group(3)):
            info.background = True   # "In March, the same group hijacked a train ...": an earlier month's incident
            return
    if ref is not None and recalls and text.startswith(("in ", "back ", "since ", "during ")):
        m = _YEAR_LEAD.match(text)
        if m and int(m.group(1)) < ref.year:
            info.background = True   # "In 2020, an attack on a checkpoint in the same area killed 10"
            return
    if ref is not None and have_incident and text.startswith(("another ", "a previous ", "an earlier ", "a similar ")):
        m = _ANOTHER_IN_MONTH.match(text)
        if m and MONTHS[m.group(1)] != ref.month:
            info.background = True   # "Another strike in October damaged a container ship": an earlier month's
            return
    if have_incident and info.figures and contains_any(text, ("initial", "preliminary", "earlier", "first", "previous")) \
            and (_SUPERSEDED.search(text) or _REPORTED_AT_FIRST.search(text) and not any(f.revision for f in info.figures)):
        info.background = True       # "Initial reports had put the death toll at 20": replaced since
        return
    if not info.figures and (have_incident and contains_any(text, _HABITUAL_NEEDLES)
                             or not have_incident and contains_any(text, _PATTERN_NEEDLES)) \
            and (habit := _HABITUAL.search(text)) and (have_incident or _PATTERN_OF_ATTACKS.fullmatch(habit.group())
                                                        and _GOVERNED_BEFORE.search(text, max(0, habit.start() - 12), habit.start())) \
            and not any(d.date and d.kind != "relative" or d.kind == "relative" and d.precision == 1 for d in info.dates):
        info.background = True       # "Police say militants increasingly use small drones to attack police posts"
        return
    if not info.figures and contains_any(text, ("several", "multiple", "numerous", "series of", "dozens of", "a number of")) \
            and _OVERVIEW.search(text):
        info.background = True       # "Over the past 24 hours, the army carried out several air strike missions across
        return                       # the national territory": what the incidents told next add up to, none of them
    if have_incident and ("last " in text or "earlier this " in text) and _LAST_MONTH.search(text) \
            and not _THIS_WEEK.search(text):
        info.background = True       # "Israeli forces returned to the city last month, killing dozens"
        return
    if ref is not None and recalls and (" 1" in text or " 2" in text):     # ("in 2010", "in December 2016")
        m = _IN_YEAR_TOLL.search(text) or _YEAR_THEN_TOLL.search(text)
        if m and int(m.group(1)) < ref.year:
            info.background = True   # "a bombing in the same town killed 70 in 2010": an earlier year
            return
    if ref is not None and have_incident and current is not None and _documents_past(info, current, ref):
        return      # a report of incidents weeks old ("a rights group's report ... on 4 February ... The report also
        #             documents a drone strike ... on 2 March"): each dated incident is one of its own, not one recalled
    if ref is not None and have_incident and " in " in text and contains_any(text, _MONTH_NAMES) \
            and not (_SEPARATE_OPENER.match(text) and any(_told_next(d, ref) for d in info.dates)):
        # "a bombing at a police compound in Bannu in March killed six", "112 civilians were killed
        # across Syria in September": an earlier month's
        m = _MONTH_THEN_TOLL.search(text) or (None if _THIS_WEEK.search(text) else _IN_MONTH_TOLL.search(text))
        if m and MONTHS[m.group(1)] != ref.month:
            info.background = True
            return
    if ref is not None and have_incident and not entry:
        opened = _SEPARATE_OPENER.match(text) is not None
        for d in info.dates:
            if opened and _told_next(d, ref):
                continue     # "In a separate incident on 19 April", "Two weeks later, on 27 March": the report's next
            if period is not None and d.date and d.precision == 1 and period[0] <= date.fromisoformat(d.date) <= period[1]:
                continue     # a day of the period the bulletin covers: "Reporting period: May 2023 ... (18 May)"
            if d.date and d.kind == "explicit" and d.role != "report" \
                    and (ref - date.fromisoformat(d.date)).days > (40 if d.precision == 3 else 10):
                info.background = True   # an earlier incident recalled with its date
                return


# "This is the second deadly attack on the city in a week: ...": the ones before it, recalled
_NTH_IN_A_SPAN = re.compile(r"(?:this|it|that|the \w+) (?:is|was|marks|marked) the (?:second|third|fourth|fifth|sixth|latest|\w+th)"
                            r" (?:[\w-]+ ){0,3}(?:attack|strike|assault|bombing|shelling|raid|incident)s? (?:on|in|against|to hit)"
                            r"\b[^.;:]{0,40}\b(?:in|this|within) (?:a |the (?:past|last) |(?:\w+ )?)?(?:week|month|days|year)\b")
_NTH_REMARK = re.compile(r"(?:remarks?|notes?|comments?)\s*:\s*(?:this is |it is |it was )?(?:the )?(?:second|third|fourth|fifth|sixth"
                         r"|\d+(?:st|nd|rd|th))\b[^.;]{0,40}\b(?:incidents?|attacks?|accidents?|explosions?|strikes?)\b")
# "Earlier on Thursday a missile struck the centre of Kramatorsk": another strike of the day, told in passing
_EARLIER_SAME_DAY = re.compile(r"earlier (?:on |that |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day"
                               r"|morning|afternoon|evening|night|today)\b")
# An earlier strike told as the time this one came: "The bomb fell about twelve hours after drones hit a block in Saltivka"
_HOURS_AFTER_DEED = re.compile(r"\b(?:hours|days) after (?:the |an? )?(?:[\w-]+ ){0,3}?(?:drones?|missiles?|rockets?|shells?|bombs?"
                               r"|strikes?|gunmen|militants|attackers|fighters|troops|forces) (?:had )?(?:hit|struck|attacked"
                               r"|shelled|bombed|killed|raided|targeted|slammed)\b")


def _after_clause_only(info: SentenceInfo, text: str, after: re.Match[str], current: IncidentDraft | None) -> bool:
    """Outside its "hours after ..." clause (up to the clause's comma) the sentence tells no other deed: no "second",
    "another" or "separate", no place the incident told has not named."""
    comma = text.find(",", after.end())
    outside = (after.start(), comma if comma >= 0 else len(text))
    if _LATER_OR_APART.search(text, 0, outside[0]) or comma >= 0 and _LATER_OR_APART.search(text, comma):
        return False
    told = current.places() if current is not None else []
    return not any(not outside[0] <= p.start - info.sent.start < outside[1] and not any(_same_place(p, q) for q in told)
                   for p in info.places)


# An incident named by its day as what another came after or left behind: "rubble from Thursday's strike", "a day
# after Monday's shelling", "since last night's attack".
_AFTER_DAYS_INCIDENT = re.compile(r"\b(?:from|after|since|following)\s+$")


def _recalled_by_its_day(info: SentenceInfo, current: IncidentDraft) -> bool:
    """The sentence's figures tell an incident named by another day than the one told so far ("Thursday's")."""
    told = {d.date for d in current.dates() if d.role == "event" and d.precision == 1}
    if not told:
        return False
    text = info.sent.text
    for d in info.dates:
        if d.role != "attributive" or not d.date or d.date in told or d.precision != 1:
            continue
        at = d.start - info.sent.start
        if _AFTER_DAYS_INCIDENT.search(text, max(0, at - 12), at) and all(
                f.start >= d.end for f in info.figures if f.status) and not any(
                e.role == "event" and e.date and e.date in told for e in info.dates):
            return True
    return False


# what tells a dated sentence recalls an earlier deed ("The army had previously lost 20 soldiers", "It was the second attack
# this year", "The strike followed another on 10 April", "residents recalled")
_RECALL_WORDS = re.compile(r"\b(?:previously|recalled|recall|earlier|before that|followed|follows|had (?:\w+ )?(?:killed|lost"
                           r"|attacked|died|been)|second|third|fourth|last|same (?:group|village|town|area|place)|again)\b",
                           re.IGNORECASE)


def _documents_past(info: SentenceInfo, current: IncidentDraft, ref: date) -> bool:
    """The open incident is itself told with a day weeks before the report, and this sentence with a day of the same
    year, at most some months before it, with a count of its own: the report documents past incidents one by one."""
    theirs = [parse_iso(d.date) for d in current.dates() if d.date and d.kind == "explicit" and d.precision == 1
              and d.role == "event"]
    mine = [parse_iso(d.date) for d in info.dates if d.date and d.kind == "explicit" and d.precision == 1 and d.role == "event"]
    return bool(theirs and mine and any(f.status for f in info.figures)) and not _RECALL_WORDS.search(info.sent.text) \
        and all((ref - t).days > 10 for t in theirs if t) \
        and all(m is not None and m.year == ref.year and m <= ref and any(t and 0 <= (m - t).days <= 120 for t in theirs)
                for m in mine)      # (one after the other, as such reports list them; an earlier day is one recalled)


# "In a separate incident on 19 April", "Two weeks later, on 27 March", "A week earlier, on 26 July": the
# report's next incident, told with its date (within some months: mark_background), not one recalled
_SEPARATE_OPENER = re.compile(r"(?:In (?:a |another )?separate (?:incident|attack|raid|clash)|In another (?:incident|attack|raid"
                              r"|clash)|(?:A|One|Two|Three|Four|Five|Six|\d+) (?:days?|weeks?) (?:later|earlier|before))\b", re.IGNORECASE)


def _told_next(d: DateMention, ref: date) -> bool:
    """An explicit date within some months before the report, as an opener's next incident has."""
    return bool(d.date) and d.kind == "explicit" and 0 <= (ref - date.fromisoformat(d.date)).days <= 120


def _same_place(a: Place, b: Place) -> bool:
    x, y = a.name.lower(), b.name.lower()
    return x == y or x.startswith(y) or y.startswith(x) or (a.parent or "").lower() == y or (b.parent or "").lower() == x


def _is_country(name: str) -> bool:
    hit = countries.lookup(name)
    return bool(hit) and hit[2] == "name"


_NEIGHBOURHOOD = re.compile(r" (?:neighbou?rhood|quarter|suburb|microdistrict)\b", re.IGNORECASE)
# A site in the town named by its facility: "Doctors at Al-Thawra hospital", "on Maka al-Mukarama road"
_SITE = re.compile(r" (?:(?:regional|provincial|district|teaching|referral|general) )?(?:hospital|clinic)\b"
                   r"| (?:hospital|clinic|road|street|avenue|boulevard|highway|square|junction|roundabout|bridge"
                   r"|(?:railway |train |bus )?station|port|(?:oil )?refinery|depot|airport|airfield|dam|air ?base)\b", re.IGNORECASE)


_ANOTHER_TIME = re.compile(r"\b(?:after|before|following|since|ago|earlier|previous)\b", re.IGNORECASE)
_ONE_OF_SEVERAL = re.compile(r"^\S+ (?:first|second|third|fourth|final|last|other|earlier|previous|next|later)\b", re.IGNORECASE)
_DISTANCE_OF = re.compile(r"\b\d+\s?(?:km|kilometres|kilometers|(?:nautical )?miles|nm)\s+(?:\([^)]{1,20}\)\s+)?(?:[a-z-]+\s+)?(?:of|from)\s+$")


# The wider area a town is told in, after it, by its side or its unit: "in Suárez, in northern Cauca", "the settlement
# of Oktyabrsky in the Belgorod district" (not a city after its neighbourhood: "in Bustan al-Qasr, in Aleppo")
_WIDER_AFTER = re.compile(r"(?:,\s*(?:in\s+)?|\s+in\s+)(?:the\s+)?(?P<side>(?:north|south|east|west)(?:ern)?\s+"
                          r"|(?:north|south)-?(?:east|west)(?:ern)?\s+|central\s+)?")
_UNIT_AFTER = re.compile(r" (?:district|region|province|department|state|oblast|county|territory|governorate|raion)\b", re.IGNORECASE)


_ANOTHER_OPENER = re.compile(r"(?:Also|Separately|Elsewhere|Meanwhile|In (?:a |another )?separate|In another|Earlier|Later)\b")
# the deed told in the city its dateline names: "EL OBEID, Sudan (AFP) - A drone struck a crowded market in the city" (not
# where someone spoke, "medics in the city said"; api places such a lead at its dateline's city)
DEED_IN_THE_CITY = re.compile(r"\b(?i:struck|hit|hits|attacked|bombed|shelled|exploded|went off|targeted|stormed|raided|opened fire"
                              r"|fighting|clashes|shelling|bombardment|blast|explosion)"
                              r"(?: (?!said\b|told\b)[\w'’-]+){0,6} (?:in|at) the city\b(?! of\b)(?!,? (?:said|told|says)\b)")


_TOWN_OF_COUNT = re.compile(r"\b\d+ in ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
_TOLL_BY_TOWN = re.compile(r"\b\d+ in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:,| and) \d+ in [A-Z]")


_POST_RULE = re.compile(r"\s*(?:[—–_━─-]{3,}|(?:➖\ufe0f?){3,})\s*")


_COUNTRY_SIDE_BEFORE = re.compile(r"\b(?:southern|northern|eastern|western|south|north|east|west|central)\s+$", re.IGNORECASE)


def _new_place(info: SentenceInfo, draft: IncidentDraft) -> bool:
    """The sentence names places, and none of them is one the open incident already has (its body's,
    where it has a body: a headline may name the next incident's town too, "Drone kills 2 in Marib,
    as clashes kill 6 in Taiz")."""
    body = [s for s in draft.sentences if not s.headline and not s.title]
    if not body and all(s.title for s in draft.sentences):
        return False    # a page's title, its story the first sentence below it ("... raid on North Kivu village" / "...
        #                 in a raid on the village of Mamove in Beni territory")
    # (not the areas a summary lists, "The Nikopol and Marhanets communities came under fire": each may follow on its own)
    # (nor the towns a day's toll is broken down by, "killed 3 residents: 2 in Dobropillia and 1 in Lyman": each town's
    # own line follows)
    have = [p for s in body if not (not any(f.status for f in s.figures) and len(s.places) >= 2 and _AREAS_LISTED.search(s.sent.text)
                                    or len(s.places) >= 2 and _TOLL_BY_TOWN.search(s.sent.text))
            for p in s.places] if body else []
    # (a body that names no place yet: its headline's towns; not a region, which a town in it may refine: "Kursk region.
    # Drones attacked the region overnight. In Tetkino, a woman was injured")
    if not have and (any(_is_country(p.name) for p in info.places) or not body):
        have = [p for p in draft.places() if p.kind != "region" and p.qualifier != "heading"]
    if not have and body and DEED_IN_THE_CITY.search(body[0].sent.text) and any(c.rank >= 2 for c in info.cues) \
            and (_ANOTHER_OPENER.match(info.sent.text) or any(d.date for d in info.dates)) \
            and (filed := places.find_dateline_place(body[0].sent.text)) is not None:
        # "EL OBEID, Sudan (AFP) - A drone struck a market in the city ... Also on Saturday, shells fell on Kadugli": the
        # lead's town is its dateline's, and another town with a deed of its own is another scene (not the city's district,
        # "The blast occurred in Hodan district", nor where the dead lived, "Most of the dead were in Omdurman")
        return any(p.kind == "place" and not p.parent and p.qualifier not in ("origin", "speaker")
                   and not _same_place(p, filed) for p in info.places)
        # (a paragraph in another country: "In Chad, ..." after a headline's "Sambisa"; not a body's own towns after
        # its headline's city, "Shelling kills 3 in Kherson ... one in a house in Antonivka")
    if not have or all(_is_country(h.name) for h in have):
        return False    # "... in southern Afghanistan. ... in Nowzad district": the detail of that lead
    if not body and any(p.kind == "place" and p.qualifier not in ("origin", "speaker") and any(
            h.kind == "place" and _same_place(p, h) for h in have) for p in info.places):
        return False    # the body's first sentence tells a town of its headline's, with a camp or village of it: "Shells
        #                 slammed into the Abu Shouk camp on the northern edge of El Fasher" under "... kills 14 in El Fasher"
    candidates = []
    s0 = info.sent.start
    for p in info.places:
        if p.qualifier in ("origin", "speaker", "reference"):
            continue        # where the fire came from, where someone spoke, the town a village is told near ("Avdiivka
            #                 (17km north of Donetsk)"): not a new scene, nor the open one's
        if info.sent.text[p.end - s0:p.end - s0 + 2] in ("'s", "’s") and _is_country(p.name):
            continue        # "it struck between two blocks in Ukraine's second city": the country as its city's modifier
        if _is_country(p.name) and not any(f.status for f in info.figures) and any(h.kind == "place" for h in have) \
                and _COUNTRY_SIDE_BEFORE.search(info.sent.text, max(0, p.start - s0 - 20), p.start - s0):
            continue        # "The Israeli military said it had struck a Hezbollah operative ... in southern Lebanon": the
            #                 country the open incident's town is in, no scene of its own
        if _DISTANCE_OF.search(info.sent.text, max(0, p.start - s0 - 40), p.start - s0) \
                and not any(f.status for f in info.figures):
            continue        # "A shell struck a bus stop ..., about 20 km east of Nikopol": a reference point, not a
            #                 scene (a toll of its own there is another incident: "a bomb hit a minibus 20 miles west
            #                 of Mogadishu, killing six")
        if p.kind == "district" and p.parent is None and _NEIGHBOURHOOD.match(info.sent.text, p.end - info.sent.start) \
                and not any(h.kind == "district" for h in have):
            continue        # "the shells struck houses in the al-Rawdah neighbourhood": a part of the open incident's town
        if _SITE.match(info.sent.text, p.end - info.sent.start) \
                or places.is_street(p.name) and not any(d.precision == 1 and d.kind == "explicit" for d in info.dates):
            continue        # "Doctors at Al-Thawra hospital said", "a block on Heroiv Pratsi Street": a site, in the open
            #                 incident's town (not a day's own street: "The second bombing, on April 24, ... on Brick Lane")
        if p.kind == "district" and not p.parent and any(f.revision for f in info.figures) \
                and not any(h.kind == "district" for h in have) and any(h.kind == "place" for h in have):
            continue        # "the toll had risen to nine, ... at the KM4 junction in Hodan district": where in the town
        if p.kind == "district" and p.parent == "" and not any(
                h.kind == "district" and h.name.lower() != p.name.lower() for h in have):
            return False  # "the city's X district": the open incident's city (unless it has another district)
        if p.kind == "region" and any(h.parent and h.parent.lower() == p.name.lower() for h in have):
            return False
        if p.qualifier == "near" and any(_same_place(p, h) for h in have) \
                and all(h.qualifier == "near" and _same_place(p, h) for h in have if h.kind == "place"):
            return False    # the open incident was only "in the vicinity of Damascus": a place told there is where in it
            #                 ("targeting some points in the area of al-Kiswah in the vicinity of Damascus")
        if any(_same_place(p, h) for h in have):
            # (an area the open incident named as its town's, "Kumbo in the Bui division": another town or unit of the
            # sentence in it is another scene, "In Jakiri subdivision, also in Bui, ... in the village of Wvem")
            area = all(h.kind in ("region", "district") for h in have if _same_place(p, h))
            if any(h.kind == "place" for h in have) \
                    and any(q.qualifier not in ("origin", "speaker") and not any(_same_place(q, h) for h in have)
                            and (q.kind == "place" and q.start < p.start
                                 and (p.kind == "region" or p.qualifier in ("near", "reference")
                                      or (between := _WIDER_AFTER.fullmatch(info.sent.text, q.end - s0, p.start - s0)) is not None
                                      and (between.group("side") or _UNIT_AFTER.match(info.sent.text, p.end - s0)))
                                 or area and q.kind in ("place", "district") and q is not p)
                            for q in info.places):
                # (only where the incident told has a town of its own: "killing three in Helmand province. The attack
                # occurred near the town of Gereshk, in Helmand province" is where that one was)
                continue    # ("... at the entrance of the city of Jasim, in the northern countryside of Daraa": the town
                #             new, the wider area after it shared)
            return False
        candidates.append(p)
    return bool(candidates)


def _details_area(info: SentenceInfo, draft: IncidentDraft) -> bool:
    """The open incident told an area's shelling with no one hurt and no town ("The enemy shelled the
    Nikopol district overnight"), and the sentence tells who was hurt where in it ("In the Marhanets
    community, a woman was killed"): one incident, the area's details."""
    if not any(f.status for f in info.figures) or any(f.status for s in draft.sentences for f in s.figures):
        return False
    have = [p for p in draft.places() if p.qualifier not in ("origin", "speaker")]
    mine = [p for p in info.places if p.qualifier not in ("origin", "speaker")]
    # (a hromada or community of the area, and no weapon of its own: "In Kupiansk, a man was killed by
    # a guided bomb" after the Sumy region's shelling is another place and another strike)
    return bool(have) and all(p.kind in ("region", "district") for p in have) and bool(mine) \
        and all(p.kind == "district" for p in mine) and not any(c.weapon and c.rank >= 6 for c in info.cues) \
        and not ANOTHER_INCIDENT.search(info.sent.text)


_TOOK_PLACE = re.compile(r"(?:The|This|That) (?!(?:first|second|third|fourth|final|last|latest|other|next|earlier|later|previous"
                         r"|January|February|March|April|May|June|July|August|September|October|November|December|\d)\b)"
                         r"(?:\w+ )?(?:encounter|attack|clash|clashes|ambush|raid|blast|explosion|bombing|strike"
                         r"|shooting|incident|gunfight|firefight|fighting) (?:took place|happened|occurred|unfolded)\b")


def _numbered_release(info: SentenceInfo) -> bool:
    """A numbered paragraph that goes on with the incident told ("2. The troops neutralised nine of the
    terrorists. Regrettably, two soldiers paid the supreme price"), not a list's next incident."""
    text = info.sent.text
    return bool(_GOES_ON.match(text)) and not any(d.date for d in info.dates if d.role == "event") \
        and not ANOTHER_INCIDENT.search(text) and not _LATER_OR_APART.search(text)


def _toll_of_the_open(info: SentenceInfo, draft: IncidentDraft) -> bool:
    """A numbered paragraph that only counts victims, no place, day or deed of its own, after an incident told with no
    toll: that incident's toll (a notice's "1. ... a convoy was ambushed ... 2. Two drivers were killed.")."""
    return any(f.status for f in info.figures) and not info.places and not any(d.date for d in info.dates) \
        and not any(c.rank >= 3 for c in info.cues) and not _LATER_OR_APART.search(info.sent.text) \
        and not any(f.status for s in draft.sentences for f in s.figures)


def _goes_on_numbered(info: SentenceInfo, draft: IncidentDraft) -> bool:
    """A numbered paragraph of a statement that has told one incident so far and names no place, day or other deed of
    its own: the next fact of that incident (a petition's "4. At about 11 a.m., officers fired tear gas ... 5. Two
    protesters were fatally shot")."""
    mine = {d.date for d in info.dates if d.date and d.role == "event"}
    return not info.places and not (mine - {d.date for d in draft.dates() if d.role == "event"}) \
        and not _LATER_OR_APART.search(info.sent.text) and not ANOTHER_INCIDENT.search(info.sent.text)


_GOES_ON = re.compile(r"(?:The|Our|Own|Gallant|Vigilant) (?:gallant |vigilant |own )?(?:troops|soldiers|forces|units?|personnel|team)\b"
                      r"|(?:Regrettably|Sadly),")
_LATER_OR_APART = re.compile(r"\b(?:later|separate|separately|another|second|other|elsewhere)\b", re.IGNORECASE)


_THE_VILLAGE_NAMED = re.compile(r"\bthe (?:village|town|hamlet|settlement|locality|camp) of (?-i:[A-Z])"
                                # (or a Philippine village's units: "in Sitio Lumbia, Barangay Camansi")
                                r"|\b(?:in|at) (?:sitio|purok|barangay|barrio) (?-i:[A-Z])", re.IGNORECASE)
_A_VILLAGE = re.compile(r"\ban? (?:\w+ )?(?:village|town|hamlet|settlement|locality|camp)\b", re.IGNORECASE)


def _refines(info: SentenceInfo, draft: IncidentDraft) -> bool:
    """A sentence with no count of its own that goes back to the open incident, placed so far only
    by region or country, and says where it was: "Gunmen killed 23 in Nigeria's Borno state. The
    gunmen arrived on Saturday in the village of Mafa"."""
    if any(f.status for f in info.figures) or not (_ANAPHORIC.search(info.sent.text) or _BACK_TO_ATTACKERS.match(info.sent.text)
                                                   or _THE_VILLAGE_NAMED.search(info.sent.text) and any(
                _A_VILLAGE.search(s.sent.text) for s in draft.sentences)):
        # ("... an attack on a village in North Kivu province has risen to 21. The ADF attacked the village of Mayi-Moya"):
        # the village told before, named
        return False
    mine = {d.date for d in info.dates if d.date and d.role == "event"}
    theirs = {d.date for d in draft.dates() if d.role == "event"}
    if " also " in info.sent.text or mine and theirs and not mine & theirs:
        return False        # "The militants also attacked Konduga on Sunday": another attack (not the day the
        # lead was told: "..., residents said Sunday. The gunmen arrived on Saturday evening in Mafa")
    if (_BACK_TO_ATTACKERS.match(info.sent.text) or _TOOK_PLACE.match(info.sent.text)) \
            and not any(c.weapon or c.sub_event_type not in (None, "Armed clash") for c in info.cues):
        return True         # "The fighters entered the village in Macomia district at dawn": the attackers' own way;
        #                     "The encounter took place near Pidia village": where the one told was (not "The
        #                     terrorists struck Gao with mortars", "The raiders in Tsafe abducted 15 women")
    body = [s for s in draft.sentences if not s.headline]
    have = [p for s in body for p in s.places] if body else draft.places()     # (a headline's "Zamfara village" is no town)
    return bool(have) and all(h.kind == "region" or _is_country(h.name) for h in have)


# A bulletin's summary: a "HIGHLIGHTS" or "KEY POINTS" heading, then bullets that sum up what the body tells
_SUMMARY_HEADING = re.compile(r"(?:highlights|key (?:points|messages|developments|figures|highlights|events|takeaways)|takeaways"
                              r"|at a glance|in brief|top ?lines?|bottom line"
                              r"|main points|what we know(?: so far)?|the latest|summary)\s*:?", re.IGNORECASE)
_BULLET = re.compile(r"\s*(?:[-•*–—]\s|\(?\d{1,2}[.)]\s)")     # a list's item: its bullet or its number
_ITEM = re.compile(r"\s*(?:[-•*–—]\s|\(?\d{1,2}[.)]\s|[\d,]+\+?\s{2,}\S)")   # ... or a key figure's row ("7      civilians killed")


_FIELD = re.compile(r"(" + "|".join(FIELD_LABELS) + r")\s*:\s")
_NONE_FIELD = re.compile(r"\s*(?:none|nil|no casualties|none reported|n/a)\s*\.?\s*", re.IGNORECASE)
_COMMENT_LABEL = re.compile(r"(?:Outlook|Assessment|Forecast|Analysis|Comment|Analyst comment|Trends?"
                            r"|Implications?|Key|Legend|Abbreviations|Glossary)\s*:\s", re.IGNORECASE)
# a record's own date ("Date of report: 3 February"), not the incident's ("Date of incident: 1 February")
_REPORT_DATE_LABEL = re.compile(r"(?:Date of (?:the )?report|Report(?:ing)? date|Date of publication)\s*:\s", re.IGNORECASE)


# A lead that sums the operations told below it: "killed 19 khwarij in three separate engagements", "neutralised 38
# terrorists ... in operations across the country", "in operations in three regions over the weekend"
_ROUNDUP_COUNT = re.compile(r"\bin (?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|a series of|a number of) "
                            r"(?:separate |different |simultaneous |coordinated |joint )?(?:operations|engagements|clashes|raids"
                            r"|strikes|incidents|attacks|encounters)\b|\b(?:across|throughout) the country\b"
                            r"|\b(?:operations|engagements) (?:in|across) (?:two|three|four|five|six|several|\d+) "
                            r"(?:regions|states|provinces|districts|areas|theatres)\b", re.IGNORECASE)


def _roundup_lead(infos: list[SentenceInfo]) -> set[int]:
    """The lead (headline or first body sentence) that totals several operations the report then tells one by one,
    each with its toll and its place (ids of their infos): its total is theirs, no incident of its own."""
    out: set[int] = set()
    for k, info in enumerate(infos[:3]):
        if not any(f.status for f in info.figures) or not _ROUNDUP_COUNT.search(info.sent.text):
            continue
        told = [i for i in infos[k + 1:] if any(f.status for f in i.figures) and i.places]
        if len(told) < 2 or len({p.name.casefold() for i in told for p in i.places}) < 2:
            continue
        # (a lead that tells its own town's incident is one: "killed 12 in Kauru, bringing the toll in three separate attacks
        # this week to 40"; unless its toll is the sum of those told below, "killed 19 in three separate engagements in
        # Khyber Pakhtunkhwa" over 8, 6 and 5)
        own_town = any(p.kind in ("place", "district") and p.qualifier not in ("speaker", "origin")
                       and (countries.lookup(p.name) or ("", "", ""))[2] != "name" for p in info.places)
        total = max((f.best or 0 for f in info.figures if f.status == "killed"), default=0)
        below = sum(f.best or 0 for i in told for f in i.figures if f.status == "killed" and f.part_of is None)
        if total and (below == total or not own_town and 0.75 * total <= below <= 1.5 * total):
            out.add(id(info))     # (not "killed 9 soldiers in two separate attacks" over a week earlier's 15 and 4)
    return out


def _summary_bullets(infos: list[SentenceInfo]) -> set[int]:
    """The bullets under a summary heading (ids of their infos), where the body below them tells
    figures of its own: the summary's totals repeat the body's incidents ("• At least 12 people
    were killed" over the three attacks told below), as do bullets that name a place the body names."""
    out: set[int] = set()
    k = 0
    while k < len(infos):
        if len(infos[k].sent.text) < 40 and _SUMMARY_HEADING.fullmatch(infos[k].sent.text.strip()):
            j = k + 1
            items: list[list[SentenceInfo]] = []
            while j < len(infos) and (_ITEM.match(infos[j].sent.text) or items and any(
                    _ITEM.match(i.sent.text) for i in infos[j + 1:j + 3])):
                # (a bullet's second sentence, between it and the next bullet, is the bullet's: "• On 10 May,
                # armed men attacked ..., killing 14 civilians. At least 9 people were injured.")
                if _ITEM.match(infos[j].sent.text):
                    items.append([infos[j]])
                else:
                    items[-1].append(infos[j])
                j += 1
            if not items and j < len(infos) and not infos[j].figures and len({p.name for p in infos[j].places}) >= 2:
                items.append([infos[j]])    # ("TOP LINE / A busy week: a base attack in Borno, a market shooting in
                j += 1                      # western Niger ...": the week's items named in one sentence, told below)
            body = infos[j:]
            if any(i.figures for i in body):
                told = {p.name.casefold() for i in body for p in i.places}
                # (a bullet of its own place that the body does not tell again stays: "• On 17 May, an
                # airstrike on a market in Kutum killed 12" over a body about El Fasher)
                for item in items:
                    i = item[0]
                    if not i.figures or not i.places or any(p.name.casefold() in told for p in i.places) \
                            or all(p.kind == "region" for p in i.places) or SERIES.search(i.sent.text):
                        out.update(id(x) for x in item)
            k = j
        else:
            k += 1
    return out


# An attack recalled, not the one the toll after it counts: "Russia struck another hotel in Kramatorsk in
# January", "The same route was attacked last week", "Israel has repeatedly struck the area"
_TOLD_BEFORE = re.compile(r"\b(?:another|last (?:week|month|year)|earlier|previously|repeatedly|similar|the same"
                          r"|ha(?:s|ve|d) (?:\w+ )?(?:been|struck|hit|attacked|shelled|targeted))\b", re.IGNORECASE)
_CASUALTY_CUE = re.compile(r"(?:kill|wound|injur|die|dead|death|hurt|casualt)", re.IGNORECASE)


CROWD_EVENTS = ("Peaceful protest", "Violent demonstration", "Mob violence")
_CROWD_SUBJECT = re.compile(r"\b(?:residents|protesters|demonstrators|youths|villagers|crowds?|mob|women|students|traders"
                            r"|mourners)\b", re.IGNORECASE)
LATER_OPENER = re.compile(r"(?:On (?:the same|that|\w+day) (?:afternoon|evening|night|morning)|Later|Hours later|That "
                           r"(?:afternoon|evening|night)|The (?:next|following) day)\b", re.IGNORECASE)


def _protest_after_attack(info: SentenceInfo, draft: IncidentDraft) -> bool:
    """A crowd's protest or riot told after an armed attack, on a day or at a time of its own ("On Tuesday, 15th April,
    women of Daffo held a peaceful protest at the Bokkos secretariat" after Sunday's raid; "On Monday afternoon, angry
    residents ransacked and set fire to a police substation" after the night's gang attack): another incident, the
    crowd's."""
    if any(f.status and f.best for f in info.figures) or not any(c.sub_event_type in CROWD_EVENTS for c in info.cues) \
            or any(c.rank >= 2 and c.sub_event_type not in CROWD_EVENTS for c in info.cues) \
            or not _CROWD_SUBJECT.search(info.sent.text):
        return False
    if any(c.sub_event_type in CROWD_EVENTS for s in draft.sentences for c in s.cues):
        return False
    return any(c.sub_event_type not in CROWD_EVENTS for s in draft.sentences for c in s.cues) \
        and any(f.status for s in draft.sentences for f in s.figures) \
        and (_conflicting_date(info, draft) or LATER_OPENER.match(info.sent.text) is not None)


_THE_TOWN = re.compile(r"\b(?:the|this) (?:town|village|city|settlement|hamlet)\b|\bthere\b", re.IGNORECASE)


def _scene_line_then_deed(before: SentenceInfo, info: SentenceInfo) -> bool:
    """`before` names a town and tells nothing of its own (no deed, toll or day), `info` tells a deed with no place but
    "the town" or "there": the town is the deed's."""
    return bool(before.places) and not (before.cues or before.figures or before.background
                                        or before.political or before.headline) \
        and all(p.qualifier is None for p in before.places) and not info.places and info.strong_cue \
        and (_THE_TOWN.search(info.sent.text) is not None and any(p.kind == "place" for p in before.places)
             or len(before.sent.text) <= 60 and before.dates and any(c.weapon or c.rank >= 2 for c in info.cues))
    #   (or a short line with a day of its own before a deed, a speech's "And yesterday evening - Sumy region, Shostka. A
    #   Russian drone hit a city bus")


def _sets_the_scene(before: SentenceInfo, info: SentenceInfo) -> bool:
    """`before` tells an attack with its place or day but no toll (or an operation, with both: "On 13
    November, security forces conducted an operation in North Waziristan"), and `info`, a toll with no
    place, comes right after it: the two tell one incident. (Not where `before` speaks only of the
    dead or wounded: "The wounded were taken to hospitals in Idlib".)"""
    s0 = before.sent.start
    attack = any(not _CASUALTY_CUE.match(before.sent.text, c.start - s0) for c in before.cues)
    return not info.places and any(f.status for f in info.figures) and not any(f.revision for f in info.figures) \
        and (attack and bool(before.places or before.dates) or not before.cues and bool(before.places and before.dates)) \
        and not before.background and not before.headline and not SERIES.search(before.sent.text) \
        and (not _TOLD_BEFORE.search(before.sent.text) or _ANOTHER_LEAD.match(before.sent.text)) \
        and all(d.precision == 1 for d in before.dates) \
        and not before.political and not any(f.status for f in before.figures) \
        and any(p.qualifier not in ("origin", "speaker") for p in before.places)


# A monitor's visit to the scene of a casualty: "followed up on reports of a civilian casualty in Avdiivka"
_FOLLOWED_UP = re.compile(r"\b(?:followed up on|looked into|went to verify|visited the site of) (?:reports? of )?"
                          r"(?:an? |the |two |three |several )?(?:civilian |military )?(?:casualt|death|killing|injur|wounding)", re.IGNORECASE)


# A spokesman's own side's strike ("Our missile and artillery units struck an ammunition depot"), then the enemy's
# ("a Russian drone dropped an explosive device on a city bus"): two deeds, two sides
_AT_THE_ENEMY = re.compile(r"\b(?:the enemy|enemy|positions?|troops|forces|assault)\b")
_ON_CIVILIANS = re.compile(r"\b(?:civilians?|residents?|bus|buses|house|houses|homes?|apartment|market|school|hospital|shop"
                           r"|children|passengers?|city|town|village)\b", re.IGNORECASE)
_OWN_DEED = re.compile(r"Our\s+(?:[\w-]+ ){0,3}?(?:units?|forces|troops|artillery|aviation|drones?|missiles?|defenders"
                       r"|fighters|soldiers|gunners|crews?)\b[^.;]{0,60}\b(?:struck|hit|destroyed|attacked|shelled|engaged)\b")
_ENEMY_DEED = re.compile(r"\b(?:Russian|enemy|occupiers['’]?|the occupiers)\s+(?:[\w-]+ )?(?:drones?|missiles?|shells?|bombs?|strikes?"
                         r"|attacks?|artillery|aircraft|aviation|forces|troops|army|shelling)\b", re.IGNORECASE)


def _own_then_enemy(info: SentenceInfo, draft: IncidentDraft) -> bool:
    """(not the enemy answering the own side's deed there: "Our units engaged the enemy near Chasiv Yar. Russian troops
    attacked with artillery; three of our soldiers were killed": one battle)"""
    body = [s for s in draft.sentences if not s.headline]
    own = _OWN_DEED.match(body[0].sent.text) if body and body[0].sent.text.startswith("Our") else None
    return own is not None and not _AT_THE_ENEMY.search(body[0].sent.text, own.end(), own.end() + 40) \
        and any(c.rank >= 2 or c.weapon for c in info.cues) and _ENEMY_DEED.search(info.sent.text) is not None \
        and not _OWN_DEED.match(info.sent.text) and _ON_CIVILIANS.search(info.sent.text) is not None


def _unplaced_then_elsewhere(info: SentenceInfo, draft: IncidentDraft) -> bool:
    """An incident that names no place, with its toll told, and then a town hit with another weapon:
    "The enemy attacked the regional centre with drones overnight. Two people were injured.
    Yesterday afternoon the occupiers shelled Huliaipole with artillery" is two incidents."""
    if draft.places() or not any(f.status for s in draft.sentences for f in s.figures):
        return False
    if not any(p.kind == "place" and p.qualifier not in ("origin", "speaker") for p in info.places):
        return False
    mine = {c.weapon for c in info.cues if c.weapon and c.rank >= 6}
    theirs = draft.weapons()
    return bool(mine and theirs and not mine & theirs) and not _ANAPHORIC.search(info.sent.text)


def _conflicting_weapon(info: SentenceInfo, draft: IncidentDraft) -> bool:
    mine = {c.weapon for c in info.cues if c.weapon and c.rank >= 7}
    theirs = {w for w in draft.weapons()}
    if not mine or not theirs:
        return False
    generic = {"missile", "rocket", "artillery"}
    air = {"drone", "airstrike"}    # ("the drone dropped a bomb": one strike from the air, told both ways)
    return not (mine & theirs) and not (mine <= generic or theirs <= generic) and not (mine <= air and theirs <= air)


def _other_weapon(info: SentenceInfo, draft: IncidentDraft) -> bool:
    """The sentence names a weapon and the open incident others only (a timeline's "08:10 - A drone hits a school ...
    14:30 - A missile hits the market": two attacks, where _conflicting_weapon lets a missile be any strike's)."""
    mine = {c.weapon for c in info.cues if c.weapon and c.rank >= 6}
    theirs = draft.weapons()
    return bool(mine) and bool(theirs) and not (mine & theirs)


def _restates(info: SentenceInfo, draft: IncidentDraft) -> bool:
    """Every count in the sentence is one the open incident has given already ("killed several
    insurgents" twice, once for the ground fire and once for the air strike): the same fight."""
    mine = [(f.status, f.role, f.best) for f in info.figures if f.status and f.part_of is None]
    have = {(f.status, f.role, f.best) for s in draft.sentences for f in s.figures if f.status}
    return bool(mine) and all(m in have for m in mine)


def _same_counts(info: SentenceInfo, draft: IncidentDraft) -> bool:
    """Every count in the sentence is one the open incident has told, whoever they are called
    ("killed 22 civilians ... 'We have counted 22 bodies,' an official said on Sunday")."""
    mine = [(f.status, f.best) for f in info.figures if f.status and f.part_of is None]
    have = {(f.status, f.best) for s in draft.sentences for f in s.figures if f.status}
    return bool(mine) and all(m in have and (m[1] or 0) >= 2 for m in mine)    # (one death is too common a count)


def _only_breakdown(info: SentenceInfo) -> bool:
    """The sentence only tells who some of the dead were ("Five children were among those killed"), with no
    weapon or attack of its own."""
    told = [f for f in info.figures if f.status]
    return bool(told) and all(f.breakdown for f in told) and not any(c.rank >= 2 or c.weapon for c in info.cues)


def _broken_down(info: SentenceInfo, drafts: list[IncidentDraft]) -> IncidentDraft | None:
    """The latest incident whose toll the sentence only breaks down ("Five children were among those killed",
    with no place of its own, after "Mourners gathered in Jere to bury the victims")."""
    told = [f for f in info.figures if f.status]
    own = [p for p in info.places if p.qualifier not in ("speaker", "origin")]
    for d in reversed(drafts):
        if not any(f.status == g.status and f.best and g.best and f.best >= g.best and not f.breakdown
                   for s in d.sentences for f in s.figures for g in told):
            continue
        placed = [q for q in d.places() if q.qualifier not in ("speaker", "origin")]
        # (a place of its own is the incident's where the incident has none yet, or it names the same place or a part
        # of it: "Russian missiles killed 14 overnight. Three children were among those killed in Kryvyi Rih")
        if not own or not placed or any(_same_place(p, q) for p in own for q in placed) or _refines(info, d) \
                or all(p.kind == "district" and p.parent == "" for p in own):     # ("... in the city's Dniprovskyi district")
            return d
        return None
    return None


# A condemnation of an attack told by its place: "condemned the attack on civilians in Mayimoya", "condemns strike on Zaporizhzhia"
_CONDEMNS_AN_ATTACK = re.compile(r"\b(?:condemn|denounc|deplor)\w* (?:[\w-]+ ){0,4}?(?:attacks?|strikes?|bombings?|shelling|killings?"
                                 r"|massacres?|raids?|ambush)\b", re.IGNORECASE)
_CONDEMNED_ATTACK = re.compile(r"\b(?:condemn|denounc|deplor)\w* (?:the |an |this |(?P<day>yesterday['’]s |(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s |last night['’]s ))?(?:[\w-]+ ){0,3}?"
                               r"(?:attacks?|strikes?|bombings?|shelling|killings?|massacres?|air ?strikes?|raids?|ambush)"
                               # ("the attack perpetrated yesterday against civilians in Eringeti")
                               r"(?: (?:perpetrated|carried out|committed|launched)(?P<day2> yesterday| last night| overnight)?)?"
                               r" (?:on|in|against|near|at|of)\b"
                               # (not an attack on an idea or an office: "yesterday's attack on press freedom")
                               r"(?! (?:the )?(?:press|freedom|democracy|sovereignty|rule of law|rights|human rights|constitution"
                               r"|ambassador|dignity|values|independence|integrity|institutions|judiciary|media|journalism|journalists' rights"
                               r"|(?:[\w'’]+ )?(?:character|reputation|honou?r|good name|legacy|record|credibility))\b)",
                               re.IGNORECASE)
_TOLD_DEAD = re.compile(r"\b(?:killed|dead|deaths?|died|wounded|injured|victims|casualties)\b")
_NOT_ARMED = re.compile(r"\b(?:cyber|cyber-|verbal|rhetorical|political|online|hacker|personal|legal|media)", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\bin (?:19|20)\d\d\b")
_CONDEMNING = re.compile(r"\b(?:condemn|denounc|deplor)", re.IGNORECASE)
# (a day told in its possessive only with its dead, its wounded or its weapon: not "yesterday's verbal attack on its
# ambassador")
_TOLD_VIOLENCE = re.compile(r"\b(?:killed|killing|dead|deaths?|died|wounded|wounding|injured|injuring|lives|life|casualties|victims"
                            r"|missiles?|drones?|rockets?|bombs?|bombing|shelling|air ?strikes?|suicide|massacre|gunmen"
                            r"|civilians|worshippers)\b")
_OPENER_THEN_TOLD = re.compile(r"on [^,]{3,30}, (?:[\w'’-]+ ){0,6}?(?:said|says|told|reported|announced|confirmed|added|stated)\b",
                               re.IGNORECASE)
_FIELD_LINE = re.compile(r"[A-Z][\w /-]{1,30}:\s")     # a log entry's field under its heading: "Category: IED"
# a log entry's heading: its reference or number and day, then its country and area ("[SG-26-0311] 03 FEB - MALI - Mopti
# region, Douentza cercle", "04/05 FEB - NIGERIA - Zamfara State, Gusau LGA", "1. 02 Apr 2024 | Sagaing Region | Khin-U
# Township", "#2 | 11/03 | Ouest | Kenscoff commune, Furcy | VAC")
_ENTRY_HEADING = re.compile(r"\s*(?:\[[^\]\n]{1,30}\]\s*|#?\d{1,3}\.?\s*(?:\|\s*)?)?(?:\d{1,2}(?:/\d{1,2})?[ -](?i:[a-z]{3,9})\.?(?: \d{4})?"
                            r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s*[-–—|]\s*[A-Z]")
_PLACE_HEADING = re.compile(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}(?: (?:region|oblast|district|community|hromada))?\.")
_AREAS_LISTED = re.compile(r"\band [A-Z][\w'’-]+ (?:communities|districts|hromadas|raions|municipalities|counties|provinces|regions|oblasts)\b")
_COURT_WORDS = re.compile(r"\b(?:indicted|charged|convicted|sentenced|acquitted|arraigned|pleaded|trial|verdict|jury|court)\b",
                          re.IGNORECASE)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# a report's title or lead that tells a verdict
_VERDICT = re.compile(r"\b(?:sentenc(?:es|ed|ing)|convict(?:s|ed)|acquit(?:s|ted)|in absentia|verdict|jail(?:s|ed)|life imprisonment"
                      r"|death sentences?|found guilty|war crimes? trial|inquest|coroners?['’]?s? (?:court|findings)"
                      # ("What we know about the Cotabato market bombing trial")
                      r"|(?:bombing|murder|massacre|attack|shooting|terror(?:ism)?) trial"
                      r"|trial (?:of|against) [^.;]{0,60}?\b(?:resumed|resumes|opened|opens|began|begins|adjourned|continues))\b",
                      re.IGNORECASE)     # (not "struck the court during the trial of men accused over ...": news)
_OTHER_DAY_OPENER = re.compile(r"(?:(?:the (?:previous|preceding|following|next) day|the day (?:before|after)|a day (?:earlier|later)"
                               r"|(?:two|three) days (?:earlier|later|before))\b"
                               r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?,"
                               # a communique's next paragraph: "On 8 October 2025, a vehicle struck an IED ..."
                               rf"|on (?:\d{{1,2}} (?:{_MONTH_ALT})|(?:{_MONTH_ALT}) \d{{1,2}})(?:,? (?:19|20)\d\d)?,)",
                               re.IGNORECASE)


def _revisions_told_first(drafts: list[IncidentDraft]) -> list[IncidentDraft]:
    """A live blog told newest first: a timed entry that revises a toll ("16:05 - The death toll from the morning
    shelling near the market in Kherson's Korabelnyi district has risen to three") joins the entry further down that
    told the attack at that place ("10:02 - Russian shelling hit the Korabelnyi district of Kherson ...")."""
    if len(drafts) < 2:
        return drafts
    out = list(drafts)
    for d in drafts:
        first = next((s for s in d.sentences if not s.headline), d.sentences[0])
        if not opens_entry(first.sent.text) or not any(f.revision for s in d.sentences for f in s.figures):
            continue
        told = next((later for later in out if later is not d and later.sentences[0].sent.index > first.sent.index
                     and opens_entry(later.sentences[0].sent.text)
                     and not _conflicting_date(first, later)
                     and any(_same_place(p, q) for s in d.sentences for p in s.places for q in later.places())), None)
        if told is not None:
            told.sentences.extend(s for s in d.sentences if not s.headline)
            if d.sentences[0].headline:
                told.sentences.insert(0, d.sentences[0])    # (the blog's headline stays the first incident's)
            out.remove(d)
    return out


def _asked_only(draft: IncidentDraft) -> bool:
    """A transcript's question opened the draft and no answer told a deed or a toll ("Was there also an attack on
    Dutsin-Ma? / No, that is a rumour.")."""
    return draft.sentences[0].sent.text.endswith("?") and _ASKED.match(draft.sentences[0].sent.text) is not None \
        and not any((s.cues and any(c.rank >= 2 for c in s.cues) or any(f.status for f in s.figures))
                    for s in draft.sentences[1:])


_LABEL_LED = re.compile(r"[A-Z][\w'’ -]{1,40}:\s")


# a story that opens as another's: "Separately, ...", "In a separate attack ...", "Across the border, ..."
_TOLD_APART = re.compile(r"(?:separately|in (?:a|another) separate|elsewhere|across the border|meanwhile|in another)\b",
                         re.IGNORECASE)


def _told_nothing(draft: IncidentDraft) -> bool:
    """The draft so far is one line with no day and no toll: a round-up item's place and the violence it goes on with."""
    return len(draft.sentences) == 1 and not draft.dates() and not any(f.status for f in draft.sentences[0].figures) \
        and _LABEL_LED.match(draft.sentences[0].sent.text) is not None


def _conflicting_date(info: SentenceInfo, draft: IncidentDraft) -> bool:
    mine = {d.date for d in info.dates if d.date and d.role != "report"    # (not "the mayor said this morning", nor "the
            and not (d.role == "attributive" and d.text.lower() == "overnight")}   # overnight attack": the one told)
    theirs = {d.date for d in draft.dates() if d.role != "report"}
    if not mine or not theirs or mine & theirs:
        return False
    kinds = {d.kind for d in info.dates} | {d.kind for d in draft.dates()}
    if "night" in kinds or any(d.text.lower() in ("overnight", "last night") for d in info.dates + draft.dates()):
        return any(abs((date.fromisoformat(a) - date.fromisoformat(b)).days) > 1 for a in mine for b in theirs)
    return True


def _far_from_report(info: SentenceInfo, draft: IncidentDraft, ref: date | None) -> bool:
    """The sentence gives a day weeks away from the report's date, and the open incident has no
    date of its own: "On 30 August, soldiers raided a house, killing the gunman" in a summary
    published with the attack of 1 August is another incident."""
    if ref is None or draft.dates():
        return False
    return any(d.date and d.kind == "explicit" and d.precision == 1 and (date.fromisoformat(d.date) - ref).days > 10
               for d in info.dates)


_THIS_ONE = re.compile(r"\bth(?:is|e latter) (?:incident|attack|explosion|blast|strike|ambush|bombing)\b", re.IGNORECASE)
# what no deed of a section's is: "Movement restrictions: families ... were held at checkpoints", "no strikes were reported"
_NOT_DEED_NEEDLES = ("restriction", "checkpoint", "curfew", "displaced", "reminder", "Reminder")
_NO_DEED = re.compile(r"\bno (?:strikes?|attacks?|incidents?|shelling|explosions?|hits)\b", re.IGNORECASE)
# a numbered section's title on a line of its own, with its place or day: "3.1 Shelling of Abu Shouk camp, El Fasher
# locality - 7 October", "2.2 Pokrovsk district" (a subsection of one digit: not a dotted hour, "14.20 Drones hit ...")
_SECTION_HEADING = re.compile(r"\d{1,2}\.\d(?!\d)\.?\s+[A-Z][^.!?]{2,100}$"
                              # ... or an advisory's numbered incident: "2. INCIDENT 1 - PORT OF IZMAIL"
                              r"|(?:\d{1,2}\.\s+)?(?i:incident|event)\s+\d{1,3}\s*[-–—:]\s*[A-Z][^.!?]{2,80}$")
# A road accident told among a police log's entries ("Traffic accident at Delmas 33: a tap-tap overturned; four injured")
_ROAD_ACCIDENT = re.compile(r"\b(?:traffic|road|car|bus|motorcycle|vehicle) (?:accident|crash|collision)s?\b|\bcollision between\b"
                            r"|\b(?:collided|overturned|veered off|run over by)\b", re.IGNORECASE)
_ROAD_NEEDLES = ("ccident", "rash", "ollision", "ollided", "overturned", "veered", "run over")
_TOLL_WORDS = frozenset(("killed", "dead", "died", "injured", "wounded", "kills", "killing"))


def _road_accident(info: SentenceInfo) -> bool:
    """A sentence that tells a road accident and no violence: its only cues are a toll's words, none an attack's."""
    s0 = info.sent.start
    return bool(_ROAD_ACCIDENT.search(info.sent.text)) and all(
        c.rank == 1 and c.weapon is None and c.sub_event_type is None and info.sent.text[c.start - s0:c.end - s0].lower()
        in _TOLL_WORDS for c in info.cues)


# A numbered thread's post ("3/ ...", "3/7 ...") and one that updates or corrects an earlier post by its number
# ("5/ Correction to 1/: ...", "6/ Update on 2/: medics now say 14 killed")
_SEE_POST = re.compile(r"\((?:see|cf\.?|as in) (?:post )?\d{1,2}/\)", re.IGNORECASE)
_THREAD_POST = re.compile(r"(\d{1,2})/(?:\d{1,2})?\s")
_POST_UPDATES = re.compile(r"\d{1,2}/(?:\d{1,2})?\s+(?:[A-Z]+\s*[:-]\s*)?(?i:update|updated|correction|corrected|clarification|more)"
                           r"(?: (?i:on|to|re|for|of))?:? (?:post )?(?P<ref>\d{1,2})/")


def _post_draft(number: int, drafts: list[IncidentDraft], posts: list[tuple[int, int]],
                here: int) -> tuple[IncidentDraft, int] | None:
    """The incident a thread's post `number` told (the first one told in it), and where the post at `here` ends."""
    at = next((start for start, n in posts if n == number and start < here), None)
    if at is None:
        return None
    end = next((start for start, n in posts if start > at), None)
    told = next((d for d in drafts if any(at <= s.sent.start and (end is None or s.sent.start < end) for s in d.sentences)),
                None)
    return (told, next((start for start, n in posts if start > here), 1 << 40)) if told is not None else None


# A summary's row counting attacks by weapon or kind: "- artillery - 14 attacks", "- FPV drones / drone drops - 8"
_TALLY_ROW = re.compile(r"[-•*]\s*(?=\S)(?!(?i:killed|dead|deaths?|fatalities|injured|wounded|hurt|missing|casualties|victims|civilians"
                        r"|children|soldiers|abducted|arrested|detained)\b)[^\n:\d]{2,40}?\s*[-–—:]\s*\d{1,4}(?: (?:attacks?|strikes?|times|shellings?|explosions?"
                        r"|incidents?|cases?|launches|drones|missiles|shells|rounds))?\.?")
# Places told as spared: "the other hromadas were quiet", "the night passed calmly in Kherson"
_QUIET = re.compile(r"\b(?:was|were|remained|remains|has been|have been|stayed|is|are) (?:\w+ )?(?:quiet|calm|peaceful)\b"
                    r"|\bpassed (?:quietly|calmly|peacefully|without incident)\b", re.IGNORECASE)
_QUIET_NEEDLES = ("quiet", "calm", "peaceful", "without incident")
# ... and told as what the report's attack came after: "The killings came a day after ...", "It was the second night in
# a row that the city was attacked: on Monday, ..."
_CAME_AFTER = re.compile(r"(?:The|This|That|It|These|Those) (?:[\w-]+ ){0,2}?(?:came|comes|happened|followed|follows|was|were) "
                         r"(?:just |only |barely )?(?:a day|two days|three days|hours|days|a week|\d+ hours) after\b"
                         r"|(?:It|This) (?:was|is) the (?:second|third|fourth|fifth) (?:night|day|time|attack|strike) in (?:a row|succession)"
                         # ("It was the second deadly attack in the area on Monday, after glide bombs killed two in Yunakivka")
                         r"|(?:It|This) (?:was|is) the (?:second|third|fourth|fifth) (?:[\w-]+ )?(?:attack|strike|assault|raid|bombing)"
                         r"\b[^.;]{0,50}?,? (?:after|following)\b"
                         # ("The strike came at the end of a day of heavy attacks ...; glide bombs had killed three in
                         # Zaporizhzhia that morning")
                         r"|(?:The|This|That|It) (?:[\w-]+ ){0,2}?came (?:at the end of|after|on the heels of) a (?:day|night|week|wave)"
                         r" of\b")
_EARLIER_HAD = re.compile(r"Earlier (?:the same day|that day|in the day|that (?:morning|afternoon|evening)|on (?:mon|tues|wednes|thurs"
                          r"|fri|satur|sun)day),? [^.;]{0,80}?\bhad (?:been )?(?:killed|wounded|injured|died|hit|struck|shelled|attacked)\b",
                          re.IGNORECASE)
_AFTER_THAT_DAYS = re.compile(r"(?:[\w.-]{2,30}: )?(?:After|Since) (?:last |the )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last night)['’]s "
                              r"(?:[\w-]+ )?(?:missiles?|strikes?|attacks?|shelling|bombing|drones?|raid|massacre|blasts?|explosions?)\b",
                              re.IGNORECASE)
# An earlier attack recalled in passing after the report's own: "A day earlier, drones hit the port of Izmail"
_EARLIER_IN_PASSING = re.compile(r"(?:A day|Two days|Three days|A week) earlier,|(?:On )?the (?:day|night) before,|The previous (?:day|night),")
# Violence told as what may come: "advised to move to bunkers in case of shelling", "in the event of an air raid"
_IN_CASE = re.compile(r"\b(?:in case of|in the event of)\b", re.IGNORECASE)
_IN_CASE_NEEDLES = ("case of", "event of")
# A lettered paragraph of a press note's details: "(a) At about 2245 hrs on 16 May, ...", "b) On 3 March, ..."
_LETTERED_ITEM = re.compile(r"\(?[a-j]\)\s+(?=[A-Z])")
def _tells_no_incident(info: SentenceInfo) -> bool:
    """A line that tells no one's violence: a summary's row counting attacks by weapon ("- artillery - 14 attacks"),
    places told quiet ("Marhanets and Chervonohryhorivka hromadas were quiet"), what may come ("advised to move to
    bunkers in case of shelling"), a road accident ("Traffic accident at Delmas 33: a tap-tap overturned; four injured")."""
    text = info.sent.text
    told = any(f.status for f in info.figures)
    if text[:1] in "-•*" and len(text) <= 60 and not info.places and _TALLY_ROW.fullmatch(text):
        return True
    if not info.cues and not told and contains_any(text, _QUIET_NEEDLES) and _QUIET.search(text):
        return True
    if info.cues and not told and contains_any(text, _IN_CASE_NEEDLES) and (case := _IN_CASE.search(text)) is not None \
            and all(c.start - info.sent.start >= case.start() for c in info.cues):
        return True
    if not info.figures and info.cues and contains_any(text, _WARNING_NEEDLES) and _WARNING.search(text) \
            and not _IMPACT_TOLD.search(text):
        return True     # "The Air Force warns of Shahed-type drones moving from Chernihiv region towards the capital",
        #                 "Ballistic missile threat announced": a warning, nothing hit yet
    if not told and ("To ask" in text[:12] or "what assessment" in text) and _MEMBERS_QUESTION.search(text):
        return True     # "To ask the Secretary of State what assessment he has made of Russian drone attacks on Odesa
        #                 oblast": a member's written question, of attacks in general
    return contains_any(text, _ROAD_NEEDLES) and _road_accident(info)


# A warning of what is coming, told before anything hits
_WARNING_NEEDLES = ("warn", "threat", "alert", "moving ", "heading ", "flying ", "Warn", "Threat", "Alert")
_WARNING = re.compile(r"\b(?:warns?|warned|warning) (?:of|about|that)\b|\bthreat (?:announced|declared|issued)\b"
                      r"|\b(?:alert|alarm)s? (?:declared|sounded|announced|issued)\b"
                      r"|\b(?:drones?|missiles?|shaheds?|uavs?|rockets?|bombers?|aircraft|jets?)\b(?: [\w-]+){0,3}? (?:moving|heading|flying)"
                      r" (?:from [^.;]{0,40}?)?(?:towards?|in the direction of)\b", re.IGNORECASE)    # (not "two insurgents moving
#                                                                                                  towards a fighting position")
_IMPACT_TOLD = re.compile(r"\b(?:hit|hits|hitting|struck|strikes|fell|fall|falling|explosions?|exploded|debris|damaged|destroyed"
                          r"|killed|injured|wounded|dead|fire|impact|blasts?|shot down|downed|intercepted|slammed|slams|attacked"
                          r"|attacks|landed|lands|crashed|shelled|targeted|bombed|detonated)\b", re.IGNORECASE)
# A parliament's written question: "To ask His Majesty's Government what assessment they have made of ..."
_MEMBERS_QUESTION = re.compile(r"^\s*To ask\b|\bwhat assessment (?:he|she|they|the \w+|his \w+|her \w+|their \w+|it) "
                               r"(?:has|have) made\b")


def _recalls_earlier(info: SentenceInfo, after: SentenceInfo | None) -> bool:
    """A sentence after the report's incident that recalls an attack before it: "After Wednesday's missiles on Inhulskyi
    ...", "Earlier the same day, a man had been killed ...", "The killings came a day after ...", "It was the second
    night in a row ...: on Monday, ...", and "A day earlier, drones hit the port of Izmail" where no toll follows (not
    "The previous day, a drone strike hit the cattle market. Local volunteers counted nine dead.")."""
    text = info.sent.text
    if not info.cues and not text.startswith("Earlier"):
        return False
    told = any(f.status for f in info.figures)
    return (not told and ("After " in text[:40] or "Since " in text[:40]) and _AFTER_THAT_DAYS.match(text) is not None
            or text.startswith("Earlier") and _EARLIER_HAD.match(text) is not None
            or text[:1] in "TI" and _CAME_AFTER.match(text) is not None
            or not info.figures and text[:1] in "AOTE" and _EARLIER_IN_PASSING.match(text) is not None
            and not (after is not None and any(f.status for f in after.figures)))


def _shouted(text: str) -> bool:
    """A line set mostly in capitals: a form's title ("LANDMINE / ERW INCIDENT NOTIFICATION (Initial, 48h)")."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) >= 0.7 * len(letters)


_THAT_PERIOD = re.compile(r"\b(?:over|during|in|throughout) (?:that|this|the same|the whole) period\b")
_SPAN_SET = re.compile(rf"\bsince (?:(?:early |mid-|late )?{_MONTH}|(?:19|20)\d\d|last (?:year|month)|the (?:start|beginning) of)"
                       r"|\b(?:almost|nearly) daily\b|\bevery day\b|\bfor (?:weeks|months|years)\b", re.IGNORECASE)


def _toll_over_the_span(info: SentenceInfo, before: SentenceInfo) -> bool:
    """A toll over a span the sentence before set: "Exchanges have continued almost daily since October. More than 400
    people have been killed in Lebanon over that period" (not "shelled Nikopol throughout Sunday. Three were wounded
    during that period")."""
    return any(f.status for f in info.figures) and _THAT_PERIOD.search(info.sent.text) is not None \
        and _SPAN_SET.search(before.sent.text) is not None


def _dated_after_nth(info: SentenceInfo, before: SentenceInfo, ref: date | None) -> bool:
    """The attack before this one, dated after the sentence that counts it: "It is the second deadly attack on the city in
    ten days. On June 12, a ballistic missile ... killed nine" (the earlier one, recalled; its day well before the report's)."""
    t = before.sent.text
    if ref is None or not before.background or not ("is the " in t or "was the " in t or "marks the " in t
                                                    or "marked the " in t) \
            or not _NTH_IN_A_SPAN.match(" ".join(t.lower().split())):
        return False
    return any(d.date and d.precision == 1 and d.start - info.sent.start < 20 and (ref - parse_iso(d.date)).days >= 2
               for d in info.dates)


# A police log's entry category, on its own after the entry's number: "Traffic accident.", "Homicide by firearm.",
# "Armed attack on persons.", "Rescue."
_CLOCK_LED = re.compile(r"[0-2]?\d[:.][0-5]\d\b")     # (the entry's time on the line after its category)
_LOG_ITEM_TITLE = re.compile(r"[A-Z][a-z]{4,}(?: (?:[a-z]+|\([a-z ]+\))){0,4}\.")
_ITEM_NUMBER = re.compile(r"\s*\(?\d{1,2}[.)]\s*|\s*(?i:incident|event|case)\s+(?:no\.?\s*|#\s*)?\d{1,3}\s*[.:]?\s*")
# A monitoring record's fields, after its "Date:" field ("Incident type:", "Alleged perpetrator:", "Victims:",
# "Narrative:"): one incident's, however many places its narrative names; and the fields that place it ("Region:
# Tillaberi | Department: Torodi", "School: ...")
RECORD_DATE = ("date of incident", "date of the incident", "date of loss", "date/time", "date and time",
               "date/time of loss", "date/time of incident", "date/time of event", "date/time of attack", "date of attack",
               "date of accident", "date of the accident", "date/time of accident", "accident date", "incident date",
               "date of occurrence", "date of event", "date of explosion")
_RECORD_PLACE = ("school", "facility", "health facility") + tuple(places.UNIT_FIELDS)
_RECORD_FIELD = re.compile(r"(?i:(" + "|".join(("incident type", "type of incident", "type of attack", "attack type",
                                                "event type", "type of event", "type", "alleged perpetrators?", "perpetrators?",
                                                "victims?", "narrative", "description", "details", "summary",
                                                "circumstances", "nature", "nature of incident", "nature of loss")
                                               + RECORD_DATE + _RECORD_PLACE) + r"))\s*:\s")
_TIMESTAMP = re.compile(CLOCK + r"(?: ?[—–-] | (?=[A-Z▌]))")     # ("13:05 — ...", a crawl log's "14:21 Kharkiv | ...")
_BARE_TIMESTAMP = re.compile(CLOCK)


# A timed entry that updates an earlier one: "11:25 - Poltava update: ...", "3:30pm - Update, Quetta: ..."
_UPDATE_ENTRY = re.compile(CLOCK + r" ?[—–-]\s*(?:update\s*[,:]|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? update\s*:)", re.IGNORECASE)


_AGAIN_WORDS = re.compile(r"\b(?:again|new|another|fresh|second)\b", re.IGNORECASE)


# what a live blog's later entry says of an attack told before: its toll now, revised or corrected, or the
# attack by name ("the al-Mawasi strike", "last night's attack")
_ATTACK_WORDS = re.compile(r"\b(?:strike|strikes|attack|attacks|shelling|shelled|bombing|raid|fire|hit|struck)\b", re.IGNORECASE)
_ONE_MORE_DEAD = re.compile(r"\b(?:another|a second|a third|a fourth|(?:one|two|three|four) more|(?P<plain>a|an|one|two|three))"
                            r" (?:[\w-]+-old |elderly |young )?(?:person|people|man|men|woman|women"
                            r"|child|children|victims?|soldiers?|civilians?|of the (?:wounded|injured))(?: \w+){0,2}? (?:has|have) died\b",
                            re.IGNORECASE)
_BACK_TO_TOLD = re.compile(r"\bnow (?:confirmed|puts?|stands?|numbers?|totals?|at)\b|\bupdated? the (?:figure|toll|number)\b"
                           # the toll as it stands: "as of now 6 people are injured", "The number of injured has risen to 9"
                           r"|\bas of now\b|\b(?:has|have) (?:risen|increased|grown|climbed) to\b"
                           r"|\bthe number of (?:the )?(?:injured|wounded|dead|victims|casualties)\b"
                           r"|\btoll(?: now)?\s*:|\btoll (?:rises|rose|climbs|climbed|increases|increased|grows)\b|\|\s*update\s*\|"
                           r"|\brevised?\b|\bcorrection\b|\bcorrected\b|\b(?:put|puts|putting) the (?:death |casualty )?toll\b"
                           r"|\b(?:last night|yesterday|this morning|earlier)['’]s (?:attack|strike|blast|shelling|raid)\b"
                           # the attack named by its place: "the Kramatorsk attack", "the al-Mawasi strike"
                           r"|\bthe (?P<named>(?-i:[A-Z])[\w'’-]+|(?:al|el|ad|as|ash|ar)-[\w'’-]+) (?:attack|strike|blast|explosion|bombing"
                           r"|shelling|raid|ambush)\b"
                           # ... or by the place after it: "the strike near Bint Jbeil", "the shelling of Abu Shouk"
                           r"|\bthe (?:\w+ )?(?:attack|strike|blast|explosion|bombing|shelling|raid|ambush) (?:on|near|in|at|of) (?:the \w+ (?:in|at|of) )?"
                           r"(?P<at>(?-i:[A-Z])[\w'’-]+|(?:al|el|ad|as|ash|ar)-[\w'’-]+)"
                           # a toll told risen, or an entry labelled the latest count: "Latest from Rescue 1122: four dead"
                           r"|\b(?:has|have) (?:risen|climbed|increased|grown|jumped) to\b|\b(?:rose|climbed|jumped) to\b"
                           r"|^\S+(?: [A-Z]{2,4})? ?[—–-] ?latest\b[^:]{0,40}:", re.IGNORECASE)
# more of the dead found: "Emergency workers pulled two more bodies from the ruins"
_MORE_BODIES = re.compile(r"\b(?:another|(?:one|two|three|four|five|six|\d+) more) (?:bodies|body)\b", re.IGNORECASE)


def _entry_goes_back(info: SentenceInfo, current: IncidentDraft, drafts: list[IncidentDraft]) -> IncidentDraft | None:
    """The incident told before that a live blog's timed entry goes on with: one of its places named again
    (else, with no place of its own, the entry just before), where the entry tells the toll now or names
    the attack told, and tells no other attack or weapon."""
    text = info.sent.text
    back = _BACK_TO_TOLD.search(text)
    if back is None and (more := _ONE_MORE_DEAD.search(text)) is not None \
            and not any(c.weapon or c.rank >= 3 for c in info.cues) \
            and not (more.group("plain") and _ATTACK_WORDS.search(text, more.end())):
        # ("A woman has died of her wounds": the toll of the attack told; not "... died in a drone strike on a minibus",
        # nor "Three people have died in a Russian strike on a village near Kupiansk")
        back = more     # "10:05 - A second person has died in Kherson": the toll of the attack told there
        text = text[:more.start()] + text[more.end():]
    if back is None and not any(c.weapon or c.rank >= 3 for c in info.cues):
        back = _MORE_BODIES.search(text)
    if back is None or ANOTHER_INCIDENT.search(text) or _AGAIN_WORDS.search(text):
        return None
    own = [p for p in info.places if p.qualifier not in ("speaker", "origin")]
    if own:
        told = next((d for d in reversed(drafts) if any(_same_place(p, q) for p in own for q in d.places())), None)
    else:
        # (a place the entry names in passing, not read as its own: "revised the al-Mawasi toll down to eight")
        low = text.lower()
        told = next((d for d in reversed(drafts) if any(len(q.name) > 3 and q.name.lower() in low for q in d.places())), None)
        if told is None and (any(f.status and f.best is not None for s in current.sentences for f in s.figures)
                             or any(f.status for f in info.figures)):
            told = current
    if told is None or _conflicting_weapon(info, told):
        return None
    if back.groupdict().get("at") and any(c.weapon or c.rank >= 3 for c in info.cues
                                          if not back.start() <= c.start - info.sent.start < back.end()):
        return None     # a strike of its own that names the one before ("hit a motorbike, hours after the strike near Tebnine")
    named = back.groupdict().get("named") or back.groupdict().get("at")
    if named and not any(named.lower() in q.name.lower() for q in told.places()):
        return None     # ("The Russian attack on Kherson killed a man": an attack named by its side, not by the place told)
    return told


# a bullet led by its hour, then its place: "- 0940 - KOSTIANTYNIVKA. ...", "- 0210 (15 AUG) - KURAKHOVE. ..."
# A police log's entry line led by its time (and number), then its place: "1. 02:40 h - Col. Emiliano Zapata, ...",
# "20:15 hrs, barrio El Vallado, comuna 15."
# (a number or an hours' unit, "h", "hrs": no live blog's "12:30 - Army: combat has ended", an entry of the incident told)
_TIMED_LOG_LINE = re.compile(r"\d{1,2}[.)]\s+[0-2]?\d[:.][0-5]\d\s*(?:h|hrs|hours)\.?\s*[-–—|,]\s*[A-Z]"
                             r"|[0-2]?\d[:.][0-5]\d\s*(?:h|hrs|hours)\.?\s*[-–—|,]\s*[A-Z]")
_TIMED_BULLET = re.compile(r"[-•*]\s*(?:[0-2]\d[0-5]\d|\d{1,2}[:.]\d{2})(?:\s*\([^)\n]{1,20}\))?\s*[-–—|]\s*[A-Z]")
_NUMBERED_PICTURE = re.compile(r"\[\d{1,2}/\d{1,2}\]\s")
_UPDATED_CAPTION = re.compile(r"\b(?:UPDATED|CORRECTED) CAPTION\b|\bCORRECTS TOLL\b")
_FILE_PHOTO = re.compile(r"(?:\[\d{1,2}/\d{1,2}\]\s*)?FILE (?:PHOTO|PICTURE|IMAGE)\b")
_SEPARATELY = re.compile(r"(?:Separately|Elsewhere),? ", re.IGNORECASE)
_DATED_ENTRY = re.compile(LOG_ENTRY_LEAD + r"(?:(?:near|outside|in|at|around) )?[A-Z][^:\n]{1,70}:\s")


# a table's caption line on its own, and its row of column heads (capitalised words only, one a casualty count's)
_TABLE_CAPTION = re.compile(r"(?:Table|Figure|Chart|Graph|Annex) \d{1,2}[.:]?\s*")
_COLUMN_HEADS = re.compile(r"(?:[A-Z][\w/().%-]*[ \t]+){3,}[A-Z][\w/().%-]*\s*")
_LOWER_WORD = re.compile(r"\s[a-z]")      # a word in lower case: no row of column heads
_COUNT_COLUMNS = re.compile(r"\b(?:Killed|Injured|Dead|Wounded|Deaths|Fatalities|Casualties|Total)\b")
# a headline's words, which no row of column heads holds ("Twelve Killed In Russian Missile Strike On Odesa")
_HEADLINE_WORDS = re.compile(r"\b(?:In|On|At|After|Of|The|To|As|By|For|Near|From|Hits?|Kills?|Leaves?|As|And|Amid|Over)\b")


def _table_furniture(text: str) -> bool:
    """The sentence is a table's caption ("Table 1.") or its column heads ("Township Airstrikes Shelling Arson Killed
    Injured": two counts' heads among them, no headline's words)."""
    return _TABLE_CAPTION.fullmatch(text) is not None \
        or _COLUMN_HEADS.fullmatch(text) is not None and len(_COUNT_COLUMNS.findall(text)) >= 2 \
        and _HEADLINE_WORDS.search(text) is None


def opens_entry(text: str) -> bool:
    """The sentence opens a live blog's timed entry ("13:05 — ...", or "14:52 EEST" on a line of its own)."""
    return text[:1].isdigit() and (_TIMESTAMP.match(text) is not None or _BARE_TIMESTAMP.fullmatch(text.strip()) is not None)


def _revised_draft(info: SentenceInfo, current: IncidentDraft | None, drafts: list[IncidentDraft]) -> IncidentDraft | None:
    """The earlier incident whose toll a placeless revision updates, when the current one has no toll to update."""
    if current is None or not any(f.revision for f in info.figures):
        return None
    if _THIS_ONE.search(info.sent.text):
        return None         # "The toll of this incident is 1 killed and 3 wounded": the one just told
    status = {f.status for f in info.figures if f.revision}
    if not info.places and any(f.status in status and not f.revision and not f.adds and f.best
                               and _FIRST_TOLD.search(info.sent.text, 0, f.start - info.sent.start) for f in info.figures):
        return None         # "The prosecutor initially reported eight dead but later corrected the figure to seven": the
        #                     whole toll of the one just told, first count and correction (one that names its place
        #                     goes to that place's incident)
    if info.places:
        # "One of the wounded in Mosul died, raising the toll to 21": the earlier incident in Mosul
        if any(_same_place(p, q) for p in info.places for q in current.places() if q.qualifier not in ("origin", "speaker")):
            return None
        counted = [d for d in drafts if d is not current and any(_same_place(p, q) for p in info.places for q in d.places())
                   and any(f.status in status and f.best for s in d.sentences for f in s.figures)]
        return counted[-1] if counted else None
    if any(f.status in status and f.best for s in current.sentences for f in s.figures):
        return None
    if not _REVISED_WORDS.search(info.sent.text):
        return None         # "The toll is five civilians killed": the toll of the incident just told, not a later count
    counted = [d for d in drafts if d is not current and any(f.status in status and f.best for s in d.sentences for f in s.figures)]
    return counted[-1] if counted else None


_FIRST_TOLD = re.compile(r"\b(?:initially|at first|first|originally)\b", re.IGNORECASE)
_REVISED_WORDS = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|increased|jumped|grew|now|revised|raising|raised|bringing|brought"
                            r"|updated|lowered|corrected|reached|more|another|further)\b", re.IGNORECASE)


def is_chronology(infos: list[SentenceInfo], titled: bool) -> str | None:
    """"titled" for a chronology with a title and its year, "entries" for a text that opens with an entry
    led by its own day and tells three or more such incidents in the order of their days, forward or back,
    within a month (a round-up; not a story that recalls attacks of earlier months after its lead, nor one
    whose follow-ups are dated: "On September 17, police made their first arrest"), else None."""
    if titled:
        return "titled"
    led = [info for info in infos if DATE_LED.match(info.sent.text) and info.strong_cue]
    if len(led) < 3 or not (led[0] is infos[0] or len(infos) > 1 and infos[0].headline and led[0] is infos[1]):
        return None
    days = [next((d.date for d in info.dates if d.date), None) for info in led]
    if None in days or (date.fromisoformat(max(days)) - date.fromisoformat(min(days))).days > 31:
        return None
    if any(_POINTS_BACK.search(info.sent.text) for info in led[1:]):
        return None     # ("On 2 May, a drone hit a bus on the same street": the lead's story, recalling)
    return "entries" if days in (sorted(days), sorted(days, reverse=True)) else None


_POINTS_BACK = re.compile(r"\b(?:the same|there|another|similar|again)\b", re.IGNORECASE)
# what a sentence that recalls an earlier incident says: "A similar strike on 2 March had killed two", "after a raid
# in 2022 in which four teachers were killed", "overrun once, on 5 August 2020, when 30 soldiers were killed"
_RECALLS = re.compile(r"\b(?:similar|earlier|previous|previously|once|had (?:been )?(?:killed|hit|struck|attacked)|in which|"
                      r"after (?:a|an|the) (?:\w+ )?(?:raid|attack|strike|bombing)|that killed|which killed)\b", re.IGNORECASE)


def _entry(info: SentenceInfo, chronology: str | None) -> bool:
    """The sentence is a chronology's entry (never an earlier incident recalled by its date): one led by its
    day, or in a titled chronology one that tells its day early and recalls nothing."""
    if chronology is None:
        return False
    if DATE_LED.match(info.sent.text):
        return True
    return chronology == "titled" and not _RECALLS.search(info.sent.text) \
        and any(d.date and d.kind == "explicit" and d.start - info.sent.start < 80 for d in info.dates)


# A count of attacks over a period, and what they add up to: "WHO recorded 19 attacks on health care in
# November", "... The attacks resulted in 9 deaths"
_TALLY = re.compile(r"\b(?:recorded|documented|verified|registered|counted|logged) (?:at least |a total of |some |over |more than )?"
                    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:separate |verified |reported )?(?:attacks|incidents|violations"
                    r"|security incidents|explosions|ceasefire violations|(?:civilian )?casualties)\b"
                    # a share of a period's casualties: "Shelling caused 58 per cent of all casualties"
                    r"|\b\d{1,3}(?:\.\d)? ?(?:per ?cent|%) of (?:all |the )?(?:civilian )?(?:casualties|deaths|victims)\b"
                    # "security forces encountered terrorists on 23 occasions in Sagaing, Magway and Mandalay regions"
                    r"|\bon (?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:separate )?occasions\b"
                    # a day's count of attacks on many places: "the enemy carried out 37 attacks on border communities"
                    r"|\b(?:carried out|launched|conducted|made|mounted) (?:at least |a total of |some |over |more than )?"
                    r"\d[\d,]* (?:\w+ )?(?:attacks|strikes|shellings|assaults) (?:on|against) (?:the )?(?:[\w-]+ ){0,2}?"
                    r"(?:communities|settlements|hromadas|localities)\b"
                    # an army's day of the enemy's losses: "the enemy lost 61 personnel killed and wounded, two tanks, ..."
                    r"|(?P<losses>\b(?:enemy|russians?|occupiers?|adversary) (?:has )?lost (?:about |over |more than |up to )?"
                    r"\d[\d,]* (?:personnel|servicemen)\b)"
                    # ... and of the weapons used: "over the day it dropped twenty-three KABs on our positions", "1,240
                    # drones launched at Ukraine over the week"
                    r"|(?P<used>\bover the (?:past |last )?(?:day|24 hours|night)\b,?[^.;]{0,30}\b(?:dropped|launched|fired|used) "
                    r"(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|eleven|twelve|thirteen"
                    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozens of|hundreds of) "
                    r"(?:\w+ )?(?:KABs|bombs|drones|missiles|shells|rockets|munitions|UAVs)\b"
                    r"|\b\d[\d,]* (?:\w+ )?(?:KABs|bombs|drones|missiles|shells|rockets|munitions|UAVs) (?:were )?(?:launched|fired"
                    r"|dropped|used)\b[^.;]{0,40}\bover the (?:past |last )?(?:week|month|day|night|24 hours)\b)",
                    re.IGNORECASE)
_TALLY_TARGETS = ("communities", "settlements", "hromadas", "localities")
_TALLIED_AFTER = re.compile(r"(?:The|These|Those) (?:attacks|incidents|violations)\b"
                            r"|The bodies of (?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) \w+ were (?:found|recovered)")   # (... "The bodies of 57
#                                                                                                   terrorists were found")
_TALLY_NEEDLES = ("per cent", "percent", "%", "recorded", "documented", "verified", "registered", "counted", "logged", "occasions", "The bodies of", " lost ",
                  "Over the past", "Over the last", "Over the day", "Over the night", "Over the 24", "over the past", "over the last",
                  "over the day", "over the night", "over the 24",
                  "carried out", "launched", "conducted", "made", "mounted",
                  "The attacks", "These attacks",
                  "Those attacks", "The incidents", "These incidents", "Those incidents", "The violations", "These violations")


# A timeline of one attack: "TIMELINE | The night Kyiv did not sleep", "How the attack on an army post unfolded"
_TIMELINE_TITLE = re.compile(r"\bTIMELINE\b|^Timeline\b|\b[Hh]ow (?:the |[A-Z][a-z]+'s )?(?:[\w-]+ ){0,6}?(?:attack|assault|strike"
                             r"|night|siege|raid|bombing|massacre|shelling)s?\b[^.]{0,60}\bunfold(?:ed|s)\b")
# A bulletin's own period, on a line near its top: "Reporting period: 1-31 October 2024", "Period covered: May 2023",
# "Week 14 | 1-7 April 2024", "WEEKLY SECURITY INCIDENTS ANNEX - WEEK 37 (11-17 September 2023)"
_PERIOD_LINE = re.compile(r"\b(?:reporting period|period covered|period)\s*:|(?:^|\|\s*|[-–—]\s*)week \d{1,2}\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? ((?:19|20)\d\d)\b", re.IGNORECASE)


def _reporting_period(infos: list[SentenceInfo]) -> tuple[date, date] | None:
    """The months a bulletin says it covers (its incidents, however long before its issue, are its news, not
    recalled), from a period line among its first lines."""
    for info in infos[:10]:
        text = info.sent.text
        if len(text) > 160 or (label := _PERIOD_LINE.search(text)) is None:
            continue
        months = [(int(y), MONTHS[m.lower()]) for m, y in _MONTH_YEAR.findall(text[label.start():])]
        if months:
            (y1, m1), (y2, m2) = min(months), max(months)
            if (y2 - y1) * 12 + m2 - m1 > 2:
                return None     # (a span of years is no bulletin's period: "covering February 2022 to April 2026")
            return date(y1, m1, 1), date(y2, m2, calendar.monthrange(y2, m2)[1])
    return None


def segment(infos: list[SentenceInfo], ref: date | None, chronology: str | None = None) -> list[IncidentDraft]:
    """Group sentences into incidents; background and political-only sentences are left out. In a
    `chronology` (is_chronology), an entry (_entry) is an incident of its day, however long before the
    reference date (not an earlier incident recalled)."""
    drafts: list[IncidentDraft] = []
    current: IncidentDraft | None = None
    mode = "none"
    item = False        # the sentence follows an item number ("2."): a list of incidents
    numbered = False    # ... a bare number, not a heading line
    log_item = False    # ... the item a police log's entry under its category (_LOG_ITEM_TITLE)
    prev: SentenceInfo | None = None
    summary = _summary_bullets(infos) | _roundup_lead(infos)
    tallied = False     # the sentence before counted attacks over a period (_TALLY)
    field_entry = False     # an alert's "Date:" field was read: its "Incident:" field is an entry of its own
    field_lines: list[SentenceInfo] = []        # ... and its date and place fields, read with that incident
    record: IncidentDraft | None = None     # the incident of a monitoring record being read (_RECORD_FIELD)
    record_numbered = False     # ... opened by its number or heading ("1. Incident type: ...", "Incident 2")
    elsewhere: SentenceInfo | None = None     # the last sentence left out as another place's, with no toll
    # a post headed by its town alone ("Kramatorsk. Two KABs on the city around 13:30. ..."): the first incident's place
    heading = infos[0] if infos and infos[0].places and not infos[0].cues and not infos[0].figures \
        and _PLACE_HEADING.fullmatch(infos[0].sent.text) else None
    headed: dict[int, SentenceInfo] = {}     # a round-up's heading lines, by the draft each heads (the next opened)
    under_heading = False       # the sentence before was an entry's or a section's heading
    intro: dict[int, SentenceInfo] = {}     # an area's day told whole before its towns' headed lines, by the draft it leads
    fresh_at = _last_fresh(infos, ref)
    period = _reporting_period(infos) if ref is not None else None
    timeline = [info for info in infos[:3] if _TIMELINE_TITLE.search(info.sent.text) and not info.figures
                and len(info.sent.text) <= 120]     # (a title: not a lead's "how the attack unfolded, when gunmen shot 12")
    for info in timeline:
        info.background = True      # ("How Monday's bombing in Jamundi and the firefight in Suarez unfolded": the
        #                             timeline's title, its entries tell them)
    lead_at = next((position for position, info in enumerate(infos) if not info.headline), 0)     # (the lead is news)
    fact_check = any(_FACT_CHECK.search(info.sent.text) for info in infos[:8])      # (a fact check: its claims are no news)
    # a numbered thread's posts ("1/ ...", "2/ ..."), by where each begins: later posts update earlier ones by number
    posts = [(info.sent.start, int(m.group(1))) for info in infos
             if info.sent.text[:1].isdigit() and (m := _THREAD_POST.match(info.sent.text)) is not None]
    if len(posts) < 2 or posts[0][1] != 1 or any(b[1] <= a[1] for a, b in zip(posts, posts[1:])):
        posts = []      # (a thread counts up from 1: not a log's days, "10/03 Kharkiv: ...")
    correcting: tuple[IncidentDraft, int] | None = None     # the incident a post corrects, and where the post ends
    subject: SentenceInfo | None = None     # a memo's subject line, with a place
    titles: set[str] = set()                # the subject lines read so far (lower-cased)
    cable = any(_CABLE_TAGS.match(i.sent.text) for i in infos[:30]) \
        and any(_CABLE_MARK.search(i.sent.text) for i in infos[:30])    # a cable's header ("TAGS: PGOV, PTER, AF", "SIPDIS")
    condemned: SentenceInfo | None = None   # a condemnation that tells an attack's place and day
    for position, info in enumerate(infos):
        before, prev = prev, info
        if info.sent.text[:1].isupper() and not _LOWER_WORD.search(info.sent.text) \
                and _table_furniture(info.sent.text):   # (capitalised words only, acronyms too: "IEDs", "UAV")
            info.background = True      # "Table 1.", "Township Airstrikes Shelling Arson Killed Injured": a table's caption
            continue                    # and column heads, no incident
        if summary and id(info) in summary or info.sent.text.find(":", 0, 30) > 0 and _COMMENT_LABEL.match(info.sent.text) \
                or info.sent.text[:1].isdigit() and (stamp := _TIMESTAMP.match(info.sent.text)) is not None \
                and _COMMENT_LABEL.match(info.sent.text, stamp.end()) and not any(f.status for f in info.figures):
            # ("12:20 GMT - Analysis: our correspondent looks at why ...": a live blog's comment, no incident)
            info.background = True      # (a brief's "Outlook:", "Assessment:": the analyst's view, no incident)
            continue
        if info.sent.text[:1] in "DdRr" and _REPORT_DATE_LABEL.match(info.sent.text) and not info.cues \
                and not any(f.status for f in info.figures):
            info.background = True      # "Date of report: 5 June 2026": the record's date, not its incident's
            continue
        if _ITEM_NUMBER.fullmatch(info.sent.text):
            item = numbered = not cable     # (a cable numbers its paragraphs, not its incidents)
            continue
        if correcting is not None and info.sent.start < correcting[1] and _SEE_POST.search(info.sent.text):
            info.background = True      # ("... lumped in the man killed by the FPV outside Kostiantynivka (see 4/)": the
            continue                    # other post's incident, told there)
        if correcting is not None and info.sent.start < correcting[1] and (
                info.places and _new_place(info, correcting[0]) or _SEPARATELY.match(info.sent.text)
                or ANOTHER_INCIDENT.search(info.sent.text)):
            correcting = None   # ("3/ Update on 1/: ... Separately, a drone hit a bus in Zaporizhzhia": another incident)
        if posts and (correcting is not None and info.sent.start < correcting[1]
                      or info.sent.text[:1].isdigit() and (post := _POST_UPDATES.match(info.sent.text)) is not None
                      and (correcting := _post_draft(int(post.group("ref")), drafts, posts, info.sent.start)) is not None):
            told = correcting[0]
            told.sentences.append(info)     # a thread's "5/ Correction to 1/: the Druzhkivka toll is 2 killed, not 3": the
            current, mode = told, "incident"    # incident that post told, its toll now (the whole post is of it)
            for f in info.figures:
                if f.status and f.best and f.part_of is None:
                    f.revision = True
            continue
        if info.sent.text[:1] in "—–-_━─➖" and _POST_RULE.fullmatch(info.sent.text) and position + 1 < len(infos) \
                and (infos[position + 1].sent.text[:1].isdigit() and infos[position + 1].dates
                     or info.sent.text.strip()[:1] in "━─➖"):
            info.background = True      # a channel's rule between posts, the next post's day and time below it
            item, numbered, current = True, False, None     # ("—————\n22.07.2025, 16:05"): a post of its own
            continue
        if info.sent.text[:1].isupper() and _RECORD_ID.fullmatch(info.sent.text) and not info.figures:
            info.background = True      # "Claim PV-26-0121", "Incident 2026-014": the next record's number, its fields below
            item, numbered, current = True, True, None
            if record is not None:
                record, field_lines, field_entry = None, [], False
            continue
        if info.sent.text.endswith("?") and _ASKED.match(info.sent.text) and not any(f.status for f in info.figures) \
                and (current is not None or info.places and info.dates and info.cues) \
                and not (ref is not None and any(d.date and (ref - parse_iso(d.date)).days > _RECALLED_DAYS for d in info.dates)) \
                and not _EARLIER_ASKED.search(info.sent.text):
            if current is None or info.places and _new_place(info, current):
                current = IncidentDraft([info])     # a transcript's question, "JOURNALIST: There was also an explosion on
                drafts.append(current)              # the Tsafe road?", "Can you update us on Monday night's strike on
                mode = "incident"                   # Saltivskyi district?": the answer below tells that incident
            else:
                info.background = True      # (not "Were any of the attackers killed?": more of the one told)
            continue
        if info.sent.text[:1] in "SsRr" and _SUBJECT_LINE.match(info.sent.text) \
                and (position <= 8 or info.sent.text.lower() in titles or position <= 30 and cable):
            titles.add(info.sent.text.lower())      # (a cable's header gives it after its routing lines and tags, or
            #                                         twice)
            info.background = True      # a memo's "Subject: Ambush on humanitarian convoy, Bor-Pibor road": its title, the
            if subject is None and info.places and not info.figures \
                    and info.sent.text[:4].lower() == "subj":      # incident told in the memo's body (its "Re:" or
                subject = info                                          # "Ref:" line another document, not its subject)
            continue
        if info.figures and fact_check and (_CLAIMED.match(info.sent.text)
                                             or info.sent.text.endswith("?") and _QUESTION.match(info.sent.text)):
            info.background = True      # a fact check's claim: "Claim: Several Facebook pages said that jets had killed 40",
            continue                    # "Did an airstrike kill 40 people at a monastery?" (its findings tell the count)
        if position and info.headline and not info.figures:
            headed[len(drafts)] = info      # a round-up item's title with no deed or toll ("> NIGER | Fuel prices"): its
            item, numbered = True, False    # story below is an item of its own
            continue
        if info.sent.text[:1] in "[F" and _FILE_PHOTO.match(info.sent.text):
            info.background = True      # a picture service's "[7/8] FILE PHOTO – KHARKIV, UKRAINE – MAY 2024: ...": an archive
            current = None              # picture, an incident of long ago
            continue
        if info.sent.text[:1] == "[" and _NUMBERED_PICTURE.match(info.sent.text):
            current = None              # a picture's caption: nothing of the caption before (not "[4/8] ... Medics treat a
            #                             wounded woman" after another town's picture)
            if _UPDATED_CAPTION.search(info.sent.text, 0, 80) and (told := next((d for d in reversed(drafts) if any(
                    p.name.lower() == q.name.lower() for p in info.places if p.kind == "place"
                    for q in d.places() if q.kind == "place")), None)) is not None:
                told.sentences.append(info)     # "[6/8] UPDATED CAPTION – CORRECTS TOLL – KHARKIV, ...": its town's
                current, mode = told, "incident"    # incident, whose toll the caption corrects
                continue
        if info.sent.text[:1] == "|" and info.sent.text.count("|") >= 3 and not info.sent.text.strip("|-: "
                                                                                                  ).startswith(("Date", "date")):
            info.background = True      # a table's row read as a line (a table of incidents is read by extract.tables): a
            continue                    # key figure's, "| Abductions / enforced disappearances | 27 | 19 | +42% |"
        if (info.sent.text[:1].isdigit() or info.sent.text[:1] in "IEie") and not any(f.status for f in info.figures) \
                and _SECTION_HEADING.match(info.sent.text) \
                and (info.places or info.dates):
            headed[len(drafts)] = info      # a bulletin's numbered section: "3.2 Attack on women collecting firewood, Tawila
            item, numbered = True, False    # - 15 October", its account below (the section's day and place)
            current = None
            under_heading = True
            continue
        if info.sent.text[:1].isdigit() and not info.cues and not any(f.status for f in info.figures) \
                and _TIMED_LOG_LINE.match(info.sent.text):
            if current is not None and len(current.sentences) == 1 and current.sentences[0] is before \
                    and _LOG_ITEM_TITLE.fullmatch(before.sent.text):
                current.sentences.append(info)      # ("4. Homicide by firearm. 23:40 hrs, barrio Siloé.": the entry its
                continue                            # category opened, its time and place)
            if info.places:
                headed[len(drafts)] = info      # a police log's entry line, "1. 02:40 h - Col. Emiliano Zapata, Calle
            item, numbered = True, False        # Francisco Villa.", "20:15 hrs, barrio El Vallado, comuna 15.": its
            current = None                      # time and place, its deed told below (an entry of its own)
            under_heading = True
            continue
        if info.places and not info.cues and not info.figures and (
                all(p.qualifier == "heading" for p in info.places)
                or len(info.sent.text) <= 100 and _ENTRY_HEADING.match(info.sent.text)):
            if current is not None and drafts and drafts[-1] is current and len(current.sentences) == 1 \
                    and current.sentences[0] is before and not any(f.status for f in before.figures) \
                    and before.places and all(p.kind in ("region", "district") for p in before.places) \
                    and any(p.kind == "place" for p in info.places):
                # "All day the enemy attacked Nikopol district with drones and artillery. / 📍 Nikopol / A man was
                # killed": the area's day, told whole before its towns' lines, no incident of its own (its weapons
                # those of the first town's lines)
                drafts.pop()
                intro[len(drafts)] = before
            headed[len(drafts)] = info      # "- Nord-Kivu / Beni territory -", "MOPTI REGION.": the area of the paragraph
            item, numbered = True, False    # under it ("[SG-26-0311] 03 FEB - MALI - Mopti region, Douentza cercle": the
            current = None                  # day and area of a log's entry, its narrative below; what follows is not
            under_heading = True
            continue                        # the entry's before: "No casualties" under an entry of no incident)
        new_item, item = item, False
        by_number, numbered = numbered, False      # (the item opened by a bare number, "4.": a statement's paragraph)
        if by_number and _LOG_ITEM_TITLE.fullmatch(info.sent.text) and not any(f.status for f in info.figures) \
                and position + 1 < len(infos) and _CLOCK_LED.match(infos[position + 1].sent.text):
            log_item = True     # a police log's numbered entry under its category ("4. Homicide by firearm. 23:40 hrs,
            #                     barrio Siloé. A man aged 24 was shot ..."): an incident of its own, not the paragraph
            #                     before's next fact
            if not (info.strong_cue and any(c.rank >= 2 for c in info.cues)):
                item = numbered = True      # (its title no deed: the entry's first deed opens it)
                current = None
        elif by_number:
            log_item = False
        if info.sent.text[:1].isdigit() and opens_entry(info.sent.text):
            # "13:05 — ...": a live blog's entry is an item of its own (a timeline's entries tell one attack as it
            # unfolded: one that names a town of its own opens another, "08:10 - In Suarez, Cauca, ...")
            new_item = not timeline or any(p.kind == "place" and p.qualifier not in ("origin", "speaker")
                                           for p in info.places) and (current is None or _new_place(info, current)) \
                or current is not None and _other_weapon(info, current)
            #                             (or another weapon: "08:10 - A drone hits a school ... 14:30 - A missile hits
            #                             the market")
        elif info.sent.text[:1] == "[" and _NUMBERED_PICTURE.match(info.sent.text):
            new_item = True     # a picture service's "[3/8] CHUHUIV, ... – NOVEMBER 7, 2024: ...": a caption of its own
        elif info.sent.text[:1] in "-•*" and _TIMED_BULLET.match(info.sent.text):
            new_item = True     # a SITREP's "- 0940 - KOSTIANTYNIVKA. Artillery struck ...": an entry of its own
        elif info.sent.text[:3].lstrip("-•* ")[:1].isdigit() and (_DATED_ENTRY.match(info.sent.text)
                                                                     or BULLET_DAY_MONTH.match(info.sent.text)):
            new_item = True     # "14 Jan - Jonglei, Akobo County: ...", "12/11 - Mambasa territory, Ituri: ...": a log's entry
            if not (info.strong_cue and (any(f.status for f in info.figures) or any(c.rank >= 2 for c in info.cues))):
                headed[len(drafts)] = info      # ("3) 27.01, 22:30 - near Bilopillia: a unit detected an assault group
                item, numbered = True, False    # ...": the entry's day and place, its deed told next)
                current = None
                under_heading = True
                continue
        elif info.sent.text[:1] in "(abcdefghij" and _LETTERED_ITEM.match(info.sent.text) is not None:
            new_item = True     # a press note's "(c) At about 0340 hrs today, alert troops at BOP Bobiya ...": an item
            if not (info.strong_cue and (any(f.status for f in info.figures) or any(c.rank >= 2 for c in info.cues))):
                headed[len(drafts)] = info      # (its deed told next: its time and place for the incident it opens)
                item, numbered = True, False
                current = None
                under_heading = True
                continue
        elif info.sent.text[:1] in "SEse" and _SEPARATELY.match(info.sent.text) and not _ANAPHORIC.search(info.sent.text) \
                and not any(f.revision for f in info.figures) and "toll" not in info.sent.text \
                and "in connection with" not in info.sent.text:
            new_item = True     # "Separately, RSF fighters looted Bara": another incident, not more of the one told
        field = _FIELD.match(info.sent.text)
        label = field.group(1).lower() if field is not None else None
        told = _RECORD_FIELD.match(info.sent.text) if label is None or label == "incident" else None
        if told is not None:
            label = told.group(1).lower()
        if new_item and record is not None:
            record, field_lines, field_entry = None, [], False      # (the next record's fields are its own)
        if record is not None and label in ("date", "time") + RECORD_DATE and not record_numbered:
            record = None       # (the next record's date, where no number or heading opens each)
        if record is not None and (label is not None or any(s is before for s in record.sentences)
                                   and info.sent.start - before.sent.end < 2):
            record.sentences.append(info)   # a record's fields and narrative: its incident's, wherever they point (not
            continue                        # the paragraph after it, a blank line below)
        if label in RECORD_DATE:
            label = "date"
        if (label in _RECORD_PLACE or label is None and "/" in info.sent.text and places.SLASH_FIELDS.match(info.sent.text)) \
                and not info.cues and not info.figures and len(info.sent.text) < 90:
            field_lines.append(info)    # ("Region: Tillaberi | Department: Torodi", "Country / Admin 1 / Location: Sudan /
            continue                    # North Kordofan / El Obeid")
        if field_entry and told is not None and not info.cues and not any(f.status for f in info.figures):
            field_lines.append(info)    # ("Alleged perpetrator: ADF", "Incident type: Abduction" told with no attack word)
            continue
        if field_entry and told is not None:
            label = "incident"      # ("Victims: 9 civilians killed", "Incident type: Killing of civilians")
        if label is None and field_entry and field_lines and not info.cues and not info.figures \
                and _FIELD_LINE.match(info.sent.text):
            continue        # ("Reported by: logistics assistant": a field of no incident's, between the record's others)
        if label is None and not (field_entry and field_lines and _FIELD_LINE.match(info.sent.text)
                                  and any(c.rank >= 2 or c.weapon for c in info.cues)):
            field_entry, field_lines = False, []     # (an alert's fields run on without prose between them; a field
            #                                          that names the weapon, "Item: 82 mm mortar projectile", is its own)
        elif label in ("date", "time") and not info.figures and (not info.cues or told is not None and all(
                c.end <= info.sent.start + told.end() for c in info.cues)):
            # (a record's "Date of attack: ...": the label's own attack word is no incident told)
            field_entry = True      # "Date: 12 Aug 2025 / Location: ... / Incident: ..." (or the place first)
            field_lines.append(info)
            continue
        elif field is not None and field.group(1) in PLACE_FIELD_LABELS and not info.cues and not info.figures and len(info.sent.text) < 90:
            field_lines.append(info)    # ... its place, read with its incident (an alert's "Location: ..." then "Event: ...",
            if current is None or all(x.headline for x in current.sentences):    # where no incident is open yet)
                field_entry = True
            continue
        elif label == "casualties" and _NONE_FIELD.fullmatch(info.sent.text, field.end()):
            info.figures = [dataclasses.replace(f, status=None) for f in info.figures]     # ("Casualties: None")
        # (a headline alone is no incident told before: the lead under it tells it, dated or not)
        mark_background(info, ref, current is not None and not (len(current.sentences) == 1 and current.sentences[0].headline),
                        current, entry=_entry(info, chronology), before_news=lead_at < position < fresh_at, period=period)
        if not info.background and contains_any(info.sent.text, _TALLY_NEEDLES) and (
                (tally := _TALLY.search(info.sent.text)) is not None and (
                    not any(d.date and d.precision == 1 and not info.sent.text.endswith("since ", 0, d.start - info.sent.start)
                            for d in info.dates)    # (a period's first day is no incident's: "since January 29")
                    or tally.group().lower().endswith("occasions")
                    # (a day's losses, or weapons used with no toll, where no town is named: dated by the day)
                    or (tally.group("losses") or tally.group("used") and not any(f.status for f in info.figures))
                    and not any(p.kind == "place" for p in info.places)
                    or tally.group().lower().endswith(_TALLY_TARGETS) and not any(f.status for f in info.figures))
                or tallied and _TALLIED_AFTER.match(info.sent.text)):
            info.background = True      # "In November, WHO recorded 19 attacks on health care. The attacks resulted
            #                             in 9 deaths": a month's tally, no incident
        tallied = info.background and (tallied or _TALLY.search(info.sent.text) is not None)
        if info.background:
            continue
        if _tells_no_incident(info) or drafts and _recalls_earlier(info, infos[position + 1] if position + 1 < len(infos)
                                                                   else None) \
                or drafts and position and _dated_after_nth(info, infos[position - 1], ref) \
                or position and " period" in info.sent.text and _toll_over_the_span(info, infos[position - 1]):
            info.background = True
            continue
        violent = info.strong_cue and (any(f.status for f in info.figures) or any(c.rank >= 2 for c in info.cues))
        if under_heading and current is None and not violent and any(c.rank >= 2 or c.weapon for c in info.cues) \
                and not info.political and not contains_any(info.sent.text, _NOT_DEED_NEEDLES) \
                and not _NO_DEED.search(info.sent.text):
            current = IncidentDraft([info, headed[len(drafts)]] if len(drafts) in headed else [info])
            drafts.append(current)      # "3.3 Drone strike on Mellit market - 22 October / In the early afternoon, a drone
            #                             struck the market.": the section's deed, its toll told next (its heading's day
            #                             dates what follows)
            mode = "incident"
            under_heading = False
            continue
        under_heading = False
        if (info.political or not violent and _CONDEMNING.search(info.sent.text)) and not any(f.status for f in info.figures):
            # (a condemnation that accuses no one is no political record: "UNAMA condemns yesterday's attack on
            # worshippers in Mazar-e Sharif")
            if current is None and not drafts and info.places and (condemned := _CONDEMNED_ATTACK.search(info.sent.text)) \
                    and ((condemned.group("day") or condemned.group("day2"))
                         and (_TOLD_VIOLENCE.search(info.sent.text, condemned.start())
                              # (or the next lines do: "... to the families of the victims")
                              or any(_TOLD_DEAD.search(later.sent.text) for later in infos[position + 1:position + 3]))
                         and not _YEAR_AFTER.search(info.sent.text, condemned.end())     # ("Sunday's attack on Owo in 2022")
                         and not _NOT_ARMED.search(condemned.group())      # ("yesterday's cyber attack on the ministry")
                         or any(d.date and d.role == "event" and d.start - info.sent.start > condemned.end() for d in info.dates)) \
                    and not any(any(f.status for f in later.figures) or any(c.rank >= 2 for c in later.cues)
                                for later in infos[position + 1:]):
                # "MONUSCO condemned the attack on civilians in Mayimoya on the night of 16 to 17 November": where
                # nothing else tells it (nor does any later sentence), the condemnation that tells the attack's place and
                # day (after the attack's words, or "yesterday's attack on Dnipro"; not the day of the condemnation) is the report's one
                # account of it (its political record stays; "Germany condemned Russia's drone attack on Odesa", with
                # no day, is a political interaction only)
                current = IncidentDraft([info])
                drafts.append(current)
                mode = "incident"
                continue
            if info.political:
                if condemned is None and info.places and any(d.date and d.role == "event" for d in info.dates) \
                        and _CONDEMNS_AN_ATTACK.search(info.sent.text):
                    condemned = info    # "UNMISS strongly condemns the attack by armed youth on Wangkei ... on Sunday":
                    #                     the scene of the toll told next with no place or day of its own
                mode = "political"
                continue
        if violent and drafts and _only_breakdown(info):
            whole = _broken_down(info, drafts)
            if whole is not None:
                whole.sentences.append(info)    # "Five children were among those killed.": who some of an incident's dead were
                current = whole
                continue
            if any(p.qualifier not in ("speaker", "origin") for p in info.places):
                continue    # (of dead this report does not tell: "Three women were among those killed in Kherson")
        if violent and current is None and len(drafts) in headed and any(f.revision for f in info.figures) \
                and (told := next((drafts[k] for k in reversed(range(len(drafts))) if any(
                    p.name.lower() == q.name.lower() for p in headed[len(drafts)].places if p.kind == "place"
                    for q in [*drafts[k].places(), *(headed[k].places if k in headed else ())] if q.kind == "place")),
                    None)) is not None:
            told.sentences.append(info)     # "Caption (UPDATED): SUMY, UKRAINE - 22 JANUARY 2025. ... The toll rose to four":
            current = told                  # the toll now of the incident its town's earlier entry told
            del headed[len(drafts)]
            continue
        if violent:
            revised = _revised_draft(info, current, drafts)
            if revised is not None:
                revised.sentences.append(info)      # "..., raising the death toll to 41": the toll of an earlier incident
                current = revised       # (what follows goes on with it: "The toll has risen to seven. Sixteen are injured.")
                continue
            if current is not None and not new_item and not info.places and not ANOTHER_INCIDENT.search(info.sent.text) \
                    and _PUT_TOLL_AT.search(info.sent.text):
                current.sentences.append(info)     # "The provincial government put the death toll at 38 on Friday":
                continue                           # the open incident's toll, told on a later day
            if new_item and current is not None and not log_item and not _new_place(info, current) and (
                    _numbered_release(info) or by_number and (_toll_of_the_open(info, current)
                                                              or len(drafts) == 1 and _goes_on_numbered(info, current))):
                new_item = False    # "2. The troops neutralised nine of the terrorists": the release's next paragraph
                #                     ("2. Two contracted truck drivers were killed.": the toll the paragraph before lacked)
            if before is not None and current is not None and _scene_line_then_deed(before, info) and (
                    len(current.sentences) > 1 and current.sentences[-1] is before
                    and (_new_place(before, IncidentDraft(current.sentences[:-1]))
                         or _conflicting_date(before, IncidentDraft(current.sentences[:-1])))
                    or not any(before in d.sentences for d in drafts[-2:]) and _new_place(before, current)):
                if current.sentences[-1] is before:
                    current.sentences.pop()     # (read on with the incident before: it opens the next)
                # "About fifty kilometres to the east, in Huliaipole, the morning had already been bad. At around 6:30
                # a.m. on the same day, Russian artillery shells hit a private house on the eastern side of the town":
                # the town told just before, the deed's (its "the town")
                current = IncidentDraft([before, info])
                drafts.append(current)
                mode = "incident"
                continue
            if before is not None and _sets_the_scene(before, info) and (
                    current is None or (_new_place(before, current) or _conflicting_date(before, current)
                                        or _ANOTHER_LEAD.match(before.sent.text) is not None)
                    and not _ANAPHORIC.search(before.sent.text)) \
                    and not any(before in d.sentences for d in drafts[-2:]):
                # "On 8 September, armed groups attacked a convoy near Djibo. At least 20 people were
                # killed.": the toll is the attack's, told just before with its place and day
                current = IncidentDraft([before, info])
                drafts.append(current)
                mode = "incident"
                continue
            if new_item and _UPDATE_ENTRY.match(info.sent.text) and not ANOTHER_INCIDENT.search(info.sent.text) \
                    and not _AGAIN_WORDS.search(info.sent.text) \
                    and (any(f.revision for f in info.figures) or _DIED_OF_WOUNDS.search(info.sent.text)
                         or " now " in info.sent.text and any(f.status for f in info.figures)) and (
                    told := next((d for d in reversed(drafts) if any(_same_place(p, q) for p in info.places
                                                                       for q in d.places())), None)) is not None:
                told.sentences.append(info)     # "3:30pm - Update, Quetta: one of the injured died": the entry before's
                current = told
            elif new_item and current is not None and (told := _entry_goes_back(info, current, drafts)) is not None:
                told.sentences.append(info)     # "10:48 — Medics say 20 wounded were brought in from the al-Mawasi
                current = told                  # strike": a live blog's later entry on an attack told before
                if not _MORE_BODIES.search(info.sent.text):      # (more bodies add to the toll)
                    for f in info.figures:
                        if f.status and f.best and f.part_of is None and f.role != "attackers" and not _MORE_OF.search(f.text):
                            f.revision = True   # (its counts are the toll now: "the strike near Tebnine killed two")
            elif field_entry and (label in ("incident", "event", "details", "summary") or label is None and field_lines):
                # an alert's entry: its incident, dated and placed by its fields (after it: the incident's own
                # words lead it)
                if current is not None and current is drafts[-1] and not any(f.status for s in current.sentences for f in s.figures) \
                        and (all(s.headline for s in current.sentences)
                             or len(current.sentences) == 1 and _shouted(current.sentences[0].sent.text) and not current.places()):
                    current.sentences += [info] + field_lines   # (under the form's title: "LANDMINE / ERW INCIDENT
                    #                                             NOTIFICATION", then its fields)
                else:
                    current = IncidentDraft([info] + field_lines)
                    drafts.append(current)
                if told is not None:
                    record, record_numbered = current, new_item     # (a monitoring record's: its other fields are its own)
                field_entry, field_lines = False, []
            elif current is None or new_item or mode == "political" and not _ANAPHORIC.search(info.sent.text) \
                    and not (info.figures and all(_OF_THOSE_TOLD.match(f.text) for f in info.figures if f.status)):
                # (after a condemnation, "Two of the wounded were in critical condition" is the incident's)
                current = IncidentDraft([info])
                if condemned is not None and not info.places and not any(d.date for d in info.dates if d.role == "event") \
                        and not any(condemned in d.sentences for d in drafts):
                    current.sentences.insert(0, condemned)      # (the condemned attack's place and day)
                    condemned = None
                drafts.append(current)
                if told is not None and new_item:
                    record, record_numbered = current, True     # ("1. Incident type: Killing of civilians", then its
                    #                                             date, place and victims)
            elif ((new_place := _new_place(info, current) and not _refines(info, current) and not _details_area(info, current))
                  or _conflicting_weapon(info, current) and not _restates(info, current)
                  or _own_then_enemy(info, current)
                  or _unplaced_then_elsewhere(info, current)
                  or _protest_after_attack(info, current)
                  # "In another engagement on 16 April, troops intercepted a group in Tank District.": one told apart in
                  # so many words, with a place or a day of its own, its toll told next
                  or _ANOTHER_LEAD.match(info.sent.text) and (info.places or any(d.role == "event" for d in info.dates))
                  and not _SAME_SCENE.search(info.sent.text)
                  or not any(f.status for f in info.figures) and any(c.rank >= 3 for c in info.cues) and info.places
                  and not _COURT_WORDS.search(info.sent.text)       # ("On November 15, a grand jury indicted him on firearms counts")
                  and not _OPENER_THEN_TOLD.match(info.sent.text)   # ("On 9 October, the governor said the strike damaged ...")
                  and (_conflicting_date(info, current) and (ANOTHER_INCIDENT.search(info.sent.text)
                                                             or _OTHER_DAY_OPENER.match(info.sent.text))
                       or _OTHER_DAY_OPENER.match(info.sent.text) and not info.dates)
                  # ("Meanwhile, clashes broke out on Sunday evening near the Tishreen Dam", "The previous
                  # day, a drone strike hit the market": another day's incident, its toll told next)
                  or any(f.status for f in info.figures) and not any(f.revision for f in info.figures)
                  and ANOTHER_INCIDENT.search(info.sent.text) and not _SAME_SCENE.search(info.sent.text)
                  and not _FOLLOW_UP.search(info.sent.text)
                  # "Two days later, fighters entered Kabkabiya and shot dead eight men": another day's deed
                  or any(f.status for f in info.figures) and not any(f.revision for f in info.figures)
                  and any(c.rank >= 2 or c.weapon for c in info.cues) and _OTHER_DAY_OPENER.match(info.sent.text)
                  and not _told_nothing(current)    # ("Taiz city: Sniper fire continues to hit civilians in Al-Mudhaffar
                  #                                   district. On Sunday, a woman was shot dead ...": the label's deed)
                  and not _DIED_OF_WOUNDS.search(info.sent.text) and not _later_dead(info, current)
                  and not _same_counts(info, current) and not info.sources and not _TOLD_VERB.search(info.sent.text)
                  or any(f.status for f in info.figures) and not any(f.revision for f in info.figures)
                  and not all(_TOLL_STATED.match(f.text) or _OF_THOSE_TOLD.match(f.text) for f in info.figures if f.status)
                  and not _same_counts(info, current)
                  and (_conflicting_date(info, current) or _far_from_report(info, current, ref))
                  and not _later_dead(info, current)
                  and not _BODIES_AT_SCENE.search(info.sent.text)
                  and not (_DIED_OF_WOUNDS.search(info.sent.text) and not any(c.rank >= 4 for c in info.cues))) and (
                    # ("The head of the council died of his wounds on Tuesday": the same incident, a later day)
                    not _ANAPHORIC.search(info.sent.text)
                    or new_place and (any(f.status for f in info.figures) or " also " in info.sent.text
                                      or _ONE_OF_SEVERAL.search(info.sent.text)
                                      or _ANOTHER_TIME.search(info.sent.text))):
                # ("The blast hit a mosque in the Dasht-e-Barchi area": where the attack told was; not "They also
                # abducted 12 near Gusau", "The second bombing ...", nor one "after" another)
                current = IncidentDraft([info])
                drafts.append(current)
            else:
                (_site_told_before(info, current, drafts) or current).sentences.append(info)
            mode = "incident"
        elif current is not None and mode == "incident" and (info.figures or info.sources or info.places or _ANAPHORIC.search(info.sent.text)
                                                             or _CLAIMED_IT.search(info.sent.text) or is_rising(info.sent.text)
                                                             or _named_by_its_day(info, current)):
            if _ANOTHER_LEAD.match(info.sent.text) and (info.places or any(d.role == "event" for d in info.dates)) \
                    and not any(f.status for f in info.figures):
                continue    # "In another engagement on 16 April, troops intercepted a group in Tank District.": the
                #             scene of the toll told next (_sets_the_scene), not more of the incident before
            if info.places and _new_place(info, current) and not any(f.best for f in info.figures) \
                    and (not info.figures or _another_town(info, current)):
                if not info.figures and ("followed up" in info.sent.text or "looked into" in info.sent.text
                                         or "verify" in info.sent.text or "site of" in info.sent.text) \
                        and _FOLLOWED_UP.search(info.sent.text) \
                        and (any(d.kind == "explicit" and d.start - info.sent.start < 25 for d in info.dates)
                             or info.sent.text.startswith(("On the same day", "The same day", "On the same date"))):
                    current = IncidentDraft([info])     # "On 13 March, the SMM followed up on reports of a civilian
                    drafts.append(current)              # casualty in Avdiivka": the scene of who was hurt, told next
                    continue
                elsewhere = info    # ("In Rylsk, a power line was damaged, no one was hurt.": that place's own nil)
                continue
            if elsewhere is before and not info.places and info.figures and all(f.best == 0 for f in info.figures) \
                    and _another_town(before, current):
                continue    # "In Rylsk, a house burned. There are no casualties.": that town's, not the incident's
            (_site_told_before(info, current, drafts) or current).sentences.append(info)
    if subject is not None and drafts and not any(p.qualifier not in ("speaker", "origin") for s in drafts[0].sentences
                                                  for p in s.places):
        # "Subject: Ambush on supply convoy near Pibor", over a body that names no place ("our convoy came under fire"):
        # where the memo's incident was, as a headline's place is (its place only: the body tells the deed)
        subject.cues, subject.dates, subject.sources, subject.political = [], [], [], []
        subject.headline, subject.background = True, False
        drafts[0].sentences.insert(0, subject)
    for at, line in headed.items():
        # (read after the incident's own sentences, whose town and lead come first; and only with the paragraph
        # right under it: not one after a line with no incident, "No new incidents. ... In Beni territory, ...")
        if at < len(drafts) and line not in drafts[at].sentences \
                and all(not any(between in d.sentences for d in drafts) and (
                            not between.places and _FIELD_LINE.match(between.sent.text)
                            # (or the entry's first line, its deed told with no toll: "Armed individuals attacked the
                            # Mirebalais police station at night.", its toll next)
                            or between.cues and not between.figures and not between.background
                            and all(any(_same_place(p, q) for q in [*drafts[at].places(), *line.places]) for p in between.places))
                        for between in infos[infos.index(line) + 1:infos.index(drafts[at].sentences[0])]):
            drafts[at].sentences.append(line)   # (over a log's field lines that place nothing: "Category: IED")
    for at, line in intro.items():
        if at < len(drafts) and not any(c.weapon for s in drafts[at].sentences for c in s.cues):
            drafts[at].sentences.append(line)
        else:
            drafts.append(IncidentDraft([line]))    # (a deed of its own, its town's lines told with their own weapon)
    if heading is not None and drafts and heading not in drafts[0].sentences and not any(
            heading in d.sentences for d in drafts) and not any(p.kind != "region" for s in drafts[0].sentences
                                                                for p in s.places):
        drafts[0].sentences.insert(0, heading)  # (its town over a region the post names: "Every strike on Donetsk region
        #                                         is a reminder")
    drafts = [d for d in drafts if not _asked_only(d)]
    if ref is not None and drafts and (verdicts := [info.sent.text for info in infos[:max(lead_at + 1, 3)]
                                                    if _VERDICT.search(info.sent.text)]):
        # a court's verdict over a past attack ("Court sentences commander in absentia over 2022 shelling of Chuhuiv"):
        # the attack tried is no news (a draft dated long before the report; where the report's opening names an earlier
        # year, "sentenced three to death over 2017 car bombing", "Date of death: 3 July 2018", also one with no day of
        # its own and no toll: "The court found that the defendants had parked the car near the market"; not "A bomb exploded
        # outside the court ahead of the verdict in the 2022 trial, killing three")
        past_year = any(int(y) < ref.year for info in infos[:15] for y in _YEAR.findall(info.sent.text))
        past_day = any(d.date and (d.precision == 1 and (ref - parse_iso(d.date)).days > _RECALLED_DAYS
                                   or d.precision in (2, 3) and (ref - parse_iso(d.date)).days > 365)
                       for info in infos[:15] for d in info.dates)      # ("Date of death: 4 March 2021", "in early
        #                                                                  March 2022" a year and more before)
        drafts = [d for d in drafts if not any(m.date and (ref - parse_iso(m.date)).days > _RECALLED_DAYS for m in d.dates())
                  and (not past_year or any(m.date for m in _own_days(d))
                       or not past_day and any(f.status for s in d.sentences if not s.headline for f in s.figures))]
    drafts = _revisions_told_first(drafts)
    drafts = _absorb_headline(drafts, infos)
    _headline_of_several(drafts, infos)
    _day_sum_by_town(drafts)
    drafts = _without_legal_leads(drafts)
    return _nest_parts(drafts)


def _own_days(draft: IncidentDraft) -> list[DateMention]:
    """The draft's days but the court's ("the trial of four men ... resumed on Monday": the hearing's day, not an
    attack's)."""
    return [m for s in draft.sentences if not _COURT_WORDS.search(s.sent.text) for m in s.dates]


def _day_sum_by_town(drafts: list[IncidentDraft]) -> None:
    """A region's day told as a toll broken down by town ("On 20 May, Russians killed 3 residents of the region: 2 in
    Dobropillia and 1 in Lyman. Another 7 people were wounded"), each town then told on a line of its own: the sum
    and its breakdown are no more of the first town's incident (its own line tells its toll)."""
    if len(drafts) < 2:
        return
    first = drafts[0]
    lead = next((s for s in first.sentences if not s.headline), None)
    if lead is None or len(lead.places) < 2 or not _TOLL_BY_TOWN.search(lead.sent.text):
        return
    towns = set(_TOWN_OF_COUNT.findall(lead.sent.text))      # (the towns after the counts: "2 in Dobropillia")
    told = {p.name for d in drafts for s in d.sentences if s is not lead for p in s.places}
    if len(towns) < 2 or not towns <= told:
        return
    k = first.sentences.index(lead)
    # (with the lead go the sum's next lines that name no town of their own: "Another 7 people in the region were wounded")
    end = k + 1
    while end < len(first.sentences) and not first.sentences[end].places and not first.sentences[end].cues \
            and any(f.status for f in first.sentences[end].figures):
        end += 1
    for info in first.sentences[k:end]:
        info.background = True
    del first.sentences[k:end]


# A case opened over a killing the report then tells: "An FIR was registered in Quetta on Tuesday
# ... for the killing of seven passengers in Kalat district", "an investigation has been opened into
# the killing of four young men in Tumaco"
_LEGAL_LEAD = re.compile(r"\b(?:FIR|first information report|case|investigation|inquiry|probe|charges?|indictment|proceedings)\b"
                         r"[^.;]{0,160}\b(?:into|over|for|regarding|in connection with|concerning) the (?:killing|killings|murder"
                         r"|murders|deaths?|massacre)\b", re.IGNORECASE)


def _last_fresh(infos: list[SentenceInfo], ref: date | None) -> int:
    """The position of the last sentence that tells an attack of the report's own week (its day at most a week
    before the report), or -1: what comes before it is read as told before an incident, so an earlier attack
    recalled by its month or year ahead of the news ("In May 2023, jihadists blew up the pumping station ... On
    Sunday, fighters attacked the town") is recalled, not an incident the news joins."""
    if ref is None:
        return -1
    for position in range(len(infos) - 1, 0, -1):
        info = infos[position]
        if (info.cues or info.figures) and any(d.date and d.precision == 1 and d.role == "event"
                                               and 0 <= (ref - parse_iso(d.date)).days <= 7 for d in info.dates):
            return position     # (the first sentence is never before the news: the lead is news)
    return -1


def _without_legal_leads(drafts: list[IncidentDraft]) -> list[IncidentDraft]:
    """A lead that tells only of a case opened over a killing, with the toll of an incident the report
    tells next in its own words: that incident's, not another (its day is the case's, its place the office's)."""
    if len(drafts) < 2:
        return drafts
    def toll(d: IncidentDraft) -> set[int]:
        return {f.best for s in d.sentences for f in s.figures if f.status == "killed" and f.best and f.part_of is None}
    kept = []
    for k, d in enumerate(drafts):
        if len(d.sentences) == 1 and _LEGAL_LEAD.search(d.sentences[0].sent.text) and toll(d) \
                and k + 1 < len(drafts) and toll(d) & toll(drafts[k + 1]) \
                and not ANOTHER_INCIDENT.search(drafts[k + 1].sentences[0].sent.text):
            d.sentences[0].background = True
            continue
        kept.append(d)
    return kept


def _another_town(info: SentenceInfo, current: IncidentDraft) -> bool:
    """The sentence names a town, none of its names like one of the incident's (not "Zaporizhia" for
    "Zaporizhzhia", nor the incident's own region or community)."""
    told = [p.name.lower() for p in current.places()]
    towns = [p for p in info.places if p.kind == "place" and p.qualifier not in ("speaker", "origin")]
    return bool(towns) and all(p.kind == "place" for p in info.places) and not any(
        SequenceMatcher(None, p.name.lower(), t).ratio() >= 0.8 for p in towns for t in told)


# A site the sentence points back to ("More than 30 people were injured at the rally"): where the
# report has told two attacks, the one at that site.
_SITE_WORDS = ("rally", "market", "wedding", "funeral", "mosque", "church", "school", "checkpoint", "camp", "convoy",
               "bus station", "mining site", "prison", "hotel", "restaurant", "parade", "procession", "gathering", "ceremony",
               "stadium", "shrine", "temple", "bus", "van")
_SITE_BACK = re.compile(r"\b(?:at|in|near|outside|inside|on|from) the (" + "|".join(_SITE_WORDS) + r")\b", re.IGNORECASE)
_SITE_NAMED = re.compile(r"\b(?:mini)?(?:" + "|".join(_SITE_WORDS) + r")(?:es|s)?\b")


def _site_told_before(info: SentenceInfo, current: IncidentDraft, drafts: list[IncidentDraft]) -> IncidentDraft | None:
    """The one earlier incident whose sentences name the site this placeless sentence points back to
    ("the rally"), when the current incident's do not."""
    if info.places or len(drafts) < 2 or "the " not in info.sent.text:
        return None
    m = _SITE_BACK.search(info.sent.text)
    if m is None:
        return None
    word = re.compile(rf"\b{re.escape(m.group(1).lower())}\b")
    if any(_SITE_NAMED.search(i.sent.text.lower()) for i in current.sentences):
        return None     # the current incident names a site of its own ("a minibus", "a gold mining site"): its own
    told = [d for d in drafts if d is not current and any(word.search(i.sent.text.lower()) for i in d.sentences)]
    return told[0] if len(told) == 1 else None


def _headline_of_several(drafts: list[IncidentDraft], infos: list[SentenceInfo]) -> None:
    """A headline that names the towns of two incidents ("Drone kills 2 in Marib, as clashes kill 6
    in Taiz") counts for both: its figures are no one incident's (the body gives each its own)."""
    if len(drafts) < 2 or not infos:
        return
    head = infos[0] if infos[0].headline and (infos[0].figures or infos[0].cues) \
        else next((i for i in infos[:15] if i.title), None)     # (or a page's title below its menus)
    if head is None or not (head.headline or head.title):
        return
    cut = head.sent.text.find("; ")
    at = head.sent.start + cut
    before_cut = {q.name.casefold() for q in head.places if q.start < at}
    if cut > 0 and head in drafts[0].sentences and (
            any(p.start > at and p.name.casefold() not in before_cut and (p.parent or "").casefold() not in before_cut
                for p in head.places)
            or any(c.start > at and c.weapon and not any(b.start < at and b.weapon == c.weapon for b in head.cues)
                   for c in head.cues)
            and not any(p.start > at and (p.name.casefold() in before_cut or (p.parent or "").casefold() in before_cut)
                        for p in head.places)):
        # "Five labourers shot dead in Kech; FC soldier killed in Kalat IED blast": the half after the semicolon
        # is a later incident's, so the first incident takes none of its places, weapons or counts (also where it
        # names a weapon the first half does not: "... repelled junta counterattack near Kyaukphyu; naval shelling kills civilians")
        body = {p.name.casefold() for s in drafts[0].sentences if s is not head for p in s.places}
        second = any(p.start > at and p.name.casefold() in body for p in head.places) \
            and not any(p.start < at and p.name.casefold() in body for p in head.places)
        # (... unless the first incident is the second half's: "glide bombs hit Zaporizhzhia; deadly shelling in
        # Kherson" over a live blog whose first entry is Kherson's)
        keep = (lambda x: x.start > at) if second else (lambda x: x.start < at)
        head.places = [p for p in head.places if keep(p)]
        head.cues = [c for c in head.cues if keep(c)]
        head.figures = [f for f in head.figures if keep(f)]
    if _DEEDS_LISTED.search(head.sent.text):
        # "Soldiers executed villagers, bombed school in Sagaing", "one killed, houses torched": each deed is
        # one of the body's incidents, so the headline lends none of them its weapon (its places stay, as context)
        head.cues = []
    if not head.figures:
        return
    others = [d for d in drafts if head not in d.sentences]
    if any(_same_place(p, q) for d in others for s in d.sentences if not s.headline for q in s.places for p in head.places):
        head.figures = []
        return
    # ... or whose toll is the incidents' together ("Israeli strikes kill 12 in Gaza" over nine in
    # Khan Younis and three in Gaza City)
    for status in ("killed", "injured"):
        told = [f.best for f in head.figures if f.status == status and f.best and f.part_of is None]
        parts = [max((f.best for s in d.sentences if s is not head and not s.headline for f in s.figures
                      if f.status == status and f.best and f.part_of is None), default=0) for d in drafts]
        if len(told) == 1 and sum(1 for p in parts if p) >= 2 and sum(parts) == told[0] > max(parts):
            head.figures = [f for f in head.figures if f.status != status]


_DEED = (r"(?:killed|kills|killing|executed|executes|bombed|bombs|shelled|shells|attacked|attacks|abducted|abducts|kidnapped"
         r"|burned|burns|torched|torches|raided|raids|shot|shoots|looted|loots|hit|hits|struck|strikes|wounded|wounds)")
# A headline that lists deeds ("executed villagers, bombed school"; "one killed, houses torched")
_DEEDS_LISTED = re.compile(rf"\b{_DEED}\b[^,;:]{{1,60}}(?:,|;| and) (?:[\w-]+ ){{0,2}}?{_DEED}\b", re.IGNORECASE)


# A count for several incidents at once: "26 killed in two separate attacks", "a series of
# attacks across Iraq took the lives of 27", "violence across the capital killed 28".
SERIES = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|separate|twin|triple|coordinated|simultaneous"
    r"|series of|wave of|string of|spate of|number of|a string of)\b(?: [\w-]+){0,2}? "
    r"(?:attacks|bombings|incidents|shootings|raids|assaults|clashes|encounters|ambushes|operations)\b"
    r"|\bseparate (?:[a-z-]+ )?(?:and|or) [a-z-]+ (?:operations|attacks|raids|clashes)\b"     # "separate clearing and security operations"
    r"|\bviolence (?:across|in|around)\b|\b(?:attacks|bombings|violence) across\b"
    r"|\battacks\b(?: [\w'’-]+){0,6}? (?:killed|have killed|has killed)\b[^.;]{0,40}\bacross\b"     # "attacks killed nine people across Ukraine"
    # a region's day of shelling counted ("shelled the Kherson region 87 times over the past day, killing two"):
    # its towns' tolls may follow
    r"|\b(?:shelled|struck|attacked|targeted|bombarded) (?:the )?(?:[\w'’-]+ ){1,2}(?:region|oblast|province|governorate)\b[^.;]{0,40}\b\d+ times\b"
    # plural strikes that killed ("Israeli airstrikes on the Gaza Strip killed at least 27"): the parts may follow
    r"|\b(?:air ?strikes|missile strikes|drone strikes|strikes|air raids|bombings)\b(?: [\w'’-]+){0,6}? (?:killed|have killed|has killed)\b"
    # a region's day told as a whole, its towns next: "As a result of Russian aggression, two people were killed and five
    # injured", "Russian shelling killed 3 residents of the Donetsk region: in Kostiantynivka and Druzhkivka"
    r"|\bas a result of (?:the )?(?:russian |enemy |the enemy['’]s )?(?:aggression|attacks|shelling|strikes|shellings)\b"
    r"|\b(?:residents|people|civilians|inhabitants) (?:of|in) the (?:[\w'’-]+ ){0,2}(?:region|oblast)\b",
    re.IGNORECASE)
# A count that adds up what came before: "the four bombings left a total of 23 dead", "20 killed in all".
_TOTAL = re.compile(
    r"\b(?:a )?total of\b|\bin total\b|\baltogether\b|\bin all\b|\bcombined\b|\boverall\b"
    r"|\bthe (?:two|three|four|five|six|twin|triple) (?:\w+ )?(?:attacks|bombings|blasts|explosions|shootings)\b", re.IGNORECASE)


# A count of further victims, not a part of the one before: "Additionally, a soldier was
# killed", "Elsewhere, ...", "two similar attacks killed 16", "killing an additional eight".
_ADDED = re.compile(
    r"^(?:also|meanwhile|separately|elsewhere)\b|\b(?:similar|in addition|additionally|additional)\b", re.IGNORECASE)
_ADDED_FIGURE = re.compile(r"\b(?:additional|another|further|more)\b(?! than)", re.IGNORECASE)


_SERIES_SIZE = re.compile(r"\b(two|twin|double|three|triple|four|five)\b(?: [\w-]+){0,2}? (?:attacks|bombings|blasts|explosions|shootings)\b",
                          re.IGNORECASE)
_ORDINAL = re.compile(r"\b(?:a|the) (second|third|fourth|fifth|sixth)\b", re.IGNORECASE)
_SIZES = {"two": 2, "twin": 2, "double": 2, "three": 3, "triple": 3, "four": 4, "five": 5}
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def _beyond_series(series_sentence: str, part_sentence: str) -> bool:
    """"Two suicide bombings killed 15 ... A third bombing killed two": not one of the two."""
    size = _SERIES_SIZE.search(series_sentence)
    ordinal = _ORDINAL.search(part_sentence)
    return bool(size and ordinal) and _ORDINALS[ordinal.group(1).lower()] > _SIZES[size.group(1).lower()]


def _tops(drafts: list[IncidentDraft], status: str) -> list[tuple[int, SentenceInfo, Figure]]:
    out = []
    for d, draft in enumerate(drafts):
        for info in draft.sentences:
            for f in info.figures:
                if f.status == status and f.part_of is None and not f.alternative and f.best is not None:
                    out.append((d, info, f))
    return out


def _marker_near(rx: re.Pattern, info: SentenceInfo, f: Figure, before: int, after: int) -> bool:
    """The marker stands near the figure, and no colon between them makes the figure one of a list
    ("Two incidents: a car bomb killed 15 ...")."""
    s0 = info.sent.start
    a = max(0, f.start - s0 - before)
    for m in rx.finditer(info.sent.text, a, f.end - s0 + after):
        lo, hi = sorted((m.end(), f.start - s0)) if m.end() <= f.start - s0 else (f.end - s0, m.start())
        if ":" not in info.sent.text[lo:hi]:
            return True
    return False


# Where a series count is broken down within its own sentence: "...: eight were killed in
# a church and two in a shop", "..., in one attack five were killed and in another three".
_ENUMERATION = re.compile(r":|\b(?:first(?:ly)?|in one|in the first|one in|the first|including (?:a|an|one|the))\b", re.IGNORECASE)


def _nest_parts(drafts: list[IncidentDraft]) -> list[IncidentDraft]:
    """A count for a series of incidents and the counts of its parts are one total, not two.

    A series count ("26 killed in two separate attacks") takes the counts that follow
    while they add up to no more than it; a closing total ("a total of 23 dead") takes
    the counts before it. Within one incident the parts become sub-counts of its toll.
    Across incidents every incident keeps its own count, and the series count is set
    aside when its parts make it up exactly; a figure never moves from one incident to
    another.
    """
    summaries: dict[int, bool] = {}     # a lead that only sums the incidents after it: whether its count is vague
    for status in ("killed", "injured"):
        tops = _tops(drafts, status)
        if len(tops) < 2:
            continue
        used: set[int] = set()
        for p, (d, info, f) in enumerate(tops):
            if p in used:
                continue
            parts: list[int] = []
            # (whether f is the first count of its sentence: asked of the first count only, not of
            # every count against every other)
            if p == 0 and not any(g is not f and g.sentence == f.sentence and g.start < f.start for _, _, g in tops) \
                    and not (info.sent.clause is not None and not any(g is not f and g.sentence == f.sentence for _, _, g in tops)) \
                    and _marker_near(SERIES, info, f, 160, 120):
                # (the one count of a piece cut from a sentence of several attacks is the first attack's:
                # "in two separate attacks, a bomb hit a van in Bannu, killing two constables, | and ...")
                total = 0
                for q in range(p + 1, len(tops)):
                    _, qinfo, g = tops[q]
                    v = g.best
                    if total + v > f.best or _beyond_series(info.sent.text, qinfo.sent.text):
                        break
                    added = _ADDED.search(qinfo.sent.text) is not None
                    if added or _ADDED_FIGURE.search(g.text):
                        if not added and total and total + v == f.best and qinfo.sent.index != info.sent.index \
                                and "separate" not in qinfo.sent.text and not any(p.kind == "region" for p in qinfo.places):
                            parts.append(q)     # "... 3 in Kharkiv, 2 in Odesa. Four more died in Kherson": the
                        break                   # last part, that makes the series count up exactly
                    if g.sentence == f.sentence and not _ENUMERATION.search(info.sent.text, f.end - info.sent.start, g.start - info.sent.start):
                        break   # "23 policemen and four attackers": a list, not the parts of a summary
                    total += v
                    parts.append(q)
            elif _marker_near(_TOTAL, info, f, 40, 30) and p > 0:
                total = 0
                for q in range(p - 1, -1, -1):
                    _, qinfo, g = tops[q]
                    if q in used:
                        break
                    v = g.best
                    if v == f.best and g.sentence != f.sentence:
                        parts.append(p)     # the total restates a count already given: one of them counts
                        break
                    if total + v > f.best:
                        break
                    total += v
                    parts.append(q)
            if not parts:
                continue
            used.update(parts)
            used.add(p)
            if all(tops[q][0] == d for q in parts):
                if p < min(parts) and _VAGUE_COUNT.match(f.text):
                    f.part_of = -1          # "numerous insurgents were killed in separate operations ... killing
                    continue                # two insurgents": the parts tell the number the summary did not
                for q in parts:             # within one incident: sub-counts of its toll
                    tops[q][2].part_of = -1
            elif p not in parts:
                # Across incidents each keeps its own count, and the series count keeps only what
                # its parts elsewhere leave over ("at least 48 in a series of bombings ... 32 of
                # them in Hilla": 16 more), so that no death is counted twice; when the parts make
                # it up exactly, it is not counted again.
                for q in parts:
                    if tops[q][0] == d:
                        tops[q][2].part_of = -1
                elsewhere = sum(tops[q][2].best for q in parts if tops[q][0] != d)
                if elsewhere >= f.best or elsewhere and _VAGUE_COUNT.match(f.text):
                    # (a vague count keeps no made-up remainder: its parts tell the number)
                    f.part_of = -1
                    if len(drafts[d].sentences) == 1 and all(tops[q][0] != d for q in parts):
                        summaries[d] = summaries.get(d, False) or bool(_VAGUE_COUNT.match(f.text))
                else:
                    f.best -= elsewhere
                    f.low = None if f.low is None else max(0, f.low - elsewhere)
                    f.high = None if f.high is None else max(0, f.high - elsewhere)
    for d in sorted(summaries, reverse=True):
        if all(f.part_of is not None or not f.status for s in drafts[d].sentences for f in s.figures) and d + 1 < len(drafts):
            # "Attacks across Borno State killed 15 on Tuesday. In Gwoza ... nine. In Konduga ... six": a lead that
            # only sums the incidents told after it is no incident of its own (a vague one, "killed several insurgents
            # during operations in Giyan district", sets the scene of the first)
            if summaries[d]:
                drafts[d + 1].sentences.insert(0, drafts[d].sentences[0])
            else:
                drafts[d].sentences[0].background = True
            del drafts[d]
    return drafts


def is_headline(info: SentenceInfo, text_after: str) -> bool:
    """A title line: short, no closing full stop, and followed by a line break."""
    t = info.sent.text
    return len(t) < 160 and not t.rstrip().endswith((".", "!", "?", '"', "”")) and text_after.startswith("\n") \
        and not _BULLET.match(t)       # ("- Sumy: 1 killed (drone)" is a bulletin's item, not its title)


def _absorb_headline(drafts: list[IncidentDraft], infos: list[SentenceInfo]) -> list[IncidentDraft]:
    """A headline summarises the story below it: it joins the first incident of the body."""
    if len(drafts) < 2 or not infos:
        return drafts
    out: list[IncidentDraft] = []
    for k, d in enumerate(drafts):
        if k + 1 < len(drafts) and len(d.sentences) == 1 and d.sentences[0].headline \
                and (d.sentences[0] is infos[0] or drafts[k + 1].sentences[0].sent.index == d.sentences[0].sent.index + 1
                     and not _TOLD_APART.match(drafts[k + 1].sentences[0].sent.text)):
            drafts[k + 1].sentences.insert(0, d.sentences[0])   # (a round-up item's title, its story right below)
            continue
        out.append(d)
    return out


def civilians_hit(draft: IncidentDraft, roles: set[str]) -> bool:
    """Were civilians the target? Civilian victims, or civilian sites, and no military target."""
    text = " ".join(s.sent.text for s in draft.sentences)
    if roles & {"civilians", "children"}:
        return True
    if roles & {"soldiers", "attackers"}:
        return False
    padded = " " + text         # (the fast forms of _MILITARY_TARGET and _RESIDENTIAL)
    residential = _RESIDENTIAL_FAST.search(padded) is not None
    if not residential and _MILITARY_TARGET_FAST.search(padded):   # (searched only where it decides)
        return False
    return bool(roles & {"people"}) or residential
