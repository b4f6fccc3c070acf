"""Storm and disaster narratives: forms of hurt and death their writers use, in our own words."""

from __future__ import annotations

import pytest

from casualty_cli.extraction import extract_statements
from casualty_cli.model import Document, report_figure


def toll(text: str, outcome: str) -> int | None:
    """The largest incident-scope figure of ``outcome``; None when the text gives none."""
    return report_figure(extract_statements(Document("t", text)), outcome)


# (text, outcome, figure or None for no statement)
FORMS = [
    # hurts named after an injury verb
    ("A woman suffered a broken hip when the porch collapsed.", "injured", 1),
    ("A farmer sustained a punctured lung and a concussion.", "injured", 1),
    ("The driver received a cut to his forehead from the glass.", "injured", 1),
    ("Two campers received cuts when their tent was flattened.", "injured", 2),
    ("A lineman suffered a laceration to his arm.", "injured", 1),
    ("A woman suffered two sprained ankles when her porch collapsed.", "injured", 1),
    ("A man received a deep gash on his head.", "injured", 1),
    ("Three hikers were treated for hypothermia.", "injured", 3),
    ("Another motorist sustained minor injuries when her van rolled over.", "injured", 1),
    # a count that belongs to the subject, not to the injury noun
    ("Three adults and two children received minor injuries in the shelter.", "injured", 5),
    # a count before "injuries to"
    ("Falling debris caused 12 injuries to spectators.", "injured", 12),
    ("The collapse caused a back injury to one of the workers.", "injured", 1),
    ("A tree fell on the truck, causing injury to the driver.", "injured", 1),
    ("A driver was badly bruised by hail when his windshield broke.", "injured", 1),
    ("A boy was hit by flying debris and needed stitches.", "injured", 1),
    # what falls or flies hurts the people it hits; a thing hit is no one
    ("A man in the cellar was hit by falling bricks.", "injured", 1),
    ("Two linemen were hit by a falling pole.", "injured", 2),
    ("A cashier was hit by flying glass.", "injured", 1),
    ("The barn roof was hit by falling trees.", "injured", None),
    ("A cashier had to be treated for wounds from broken glass.", "injured", 1),
    ("Winds tore the porch off a house and caused a minor injury.", "injured", 1),
    ("There were four or more minor injuries at the campground.", "injured", 4),
    ("The crash resulted in a serious injury to a passenger.", "injured", 1),
    # the subject of an earlier verb of the clause
    ("Four campers were in a tent when the tree fell and received minor injuries.", "injured", 4),
    ("A toddler was thrown from the trailer and was injured.", "injured", 1),
    # deaths
    ("A 30-year old man from Dayton, OH was killed when his car slid off the road.", "killed", 1),
    ("A fatal car crash occurred on the icy interstate.", "killed", 1),
    ("The only known fatality occurred in a mobile home.", "killed", 1),
    ("The only fatality was a driver whose truck was swept away.", "killed", 1),
    ("The coroner said the cold was a factor in the woman's death.", "killed", 1),
    ("A climber fell to his death from the icy ridge.", "killed", 1),
    ("Two skiers plunged to their deaths in the ravine.", "killed", 2),
    ("The driver and only occupant of the van was pronounced dead at the scene.", "killed", 1),
    ("Three people were killed near the river in Marion County and a fourth person was killed in a barn.",
     "killed", 4),
    # places and firms are no victims; their people are
    ("Two employees of a cleaning company were injured by falling limbs.", "injured", 2),
    ("Hail broke the windows of a local theatre.", "injured", None),
    ("A bomb exploded outside a shop, wounding the store's owner.", "injured", 1),
    # treated, and people "with" an outcome
    ("A lineman had to be treated after touching a downed wire.", "injured", 1),
    ("Medics treated two people at the fairgrounds.", "injured", 2),
    ("A neighbour was treated for shock.", "injured", None),
    ("The death was treated as a homicide.", "injured", None),
    ("Three trailers were destroyed with one person injured inside.", "injured", 1),
    ("Hail broke the windows of a bakery with four people injured by glass.", "injured", 4),
    ("The only injury occurred on the interstate.", "injured", 1),
    ("The two-car crash left three injured people on the road.", "injured", 3),
    ("One of the five wounded people was a child.", "injured", None),
    ("Two children in the second trailer, ages four and nine, were slightly injured.", "injured", 2),
    ("A man inside the barn where the roof fell, received minor injuries.", "injured", 1),
    # a count with its noun left out, at another place
    ("The storm injured six people in Dover and two in Milford.", "injured", 8),
    ("The blasts killed five people in Kabul and three in Kandahar.", "killed", 8),
    ("The gunman killed two people in the store and wounded three in the lot.", "killed", 2),
    # "causing him/her" an injury: the one person so told
    ("A mine went off near the gate, causing him serious injury.", "injured", 1),
    ("Falling ice struck the porch, causing her minor injuries.", "injured", 1),
    ("Falling ice struck the porch, causing minor injuries.", "injured", None),
    # an "injury" crash had someone hurt, as a fatal one had someone dead; a list's bare "lightning injury" is one
    ("A moderate injury accident was reported on the highway.", "injured", 1),
    ("Troopers worked an injury crash near the bridge.", "injured", 1),
    ("The injury rate on the highway rose last winter.", "injured", None),
    ("Roofs torn off, lightning injury, trees down.", "injured", 1),
    ("Lightning injury.", "injured", 1),
    ("The lightning injury rate is highest in July.", "injured", None),
    # "half a dozen" is six, not a dozen
    ("Half a dozen campers were injured by falling limbs.", "injured", 6),
    ("The winds injured half a dozen people at the fair.", "injured", 6),
    # the fatality codes of NWS storm reports: one a death
    ("The tornado destroyed three homes. The deaths occurred in their homes. (M42P, F36P, M94P)", "killed", 3),
    ("A tree fell on a car on the interstate. F33VE", "killed", 1),
    ("Flood waters swept two cars off the road. (M51V) (M??V)", "killed", 2),
    # not people, or no hurt at all
    ("Two F15E jets flew over the base, and soldiers with M4 carbines and an M16 guarded it.", "killed", None),
    ("Many branches were broken by the wind.", "injured", None),
    ("Power was cut to most of the town.", "injured", None),
    ("The barn sustained broken windows and a damaged roof.", "injured", None),
    ("He was charged with felony injury to a child.", "injured", None),
    ("He was charged with reckless discharge of a firearm causing injury or death.", "injured", None),
    ("Luckily the family did not suffer a more serious injury.", "injured", None),
    ("The company cut 200 workers last year.", "injured", None),
    ("She faces a charge of injury to a child.", "injured", None),
]


@pytest.mark.parametrize(("text", "outcome", "figure"), FORMS)
def test_storm_forms(text: str, outcome: str, figure: int | None) -> None:
    assert toll(text, outcome) == figure


# (text, the direction of the killed or injured statement's revision, or None)
REVISIONS = [
    ("Three campers were injured when a tree fell on their tent.", None),
    ("A woman was injured when she fell down the basement steps.", None),
    ("Two hikers were killed, and their friend fell to his knees in grief.", None),
    ("The death toll from the floods rose to 19 on Monday.", "up"),
    ("Officials lowered the death toll to 8.", "down"),
    ("The number of people killed in the storm has risen to 12.", "up"),
]


@pytest.mark.parametrize(("text", "direction"), REVISIONS)
def test_a_verb_like_fell_revises_only_a_toll(text: str, direction: str | None) -> None:
    [s] = [s for s in extract_statements(Document("t", text)) if s.outcome in ("killed", "injured") and s.best]
    assert (s.revision.direction if s.revision else None) == direction
