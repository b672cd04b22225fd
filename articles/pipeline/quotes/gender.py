"""A person's likely gender from a given name, so "she said" does not go to "Donald Trump".

A short table of common given names in news (English and the transliterated
Russian, Ukrainian, Arabic, ... names of diplomatic reporting); a name not in
it has no gender and matches either pronoun.
"""

from .lexicon import words

MALE = frozenset(
    words(
        """
    aaron abdullah abe adam adrian ahmed ahmad al alan albert alex alexander alexei alexey alfred
    ali andre andrew andrei andrey andy anthony antonio arnold arthur ashton barack ben benjamin
    bernard bernie bill billy bob bobby boris brad bradley brandon brian bruce bryan carl carlos
    chad charles charlie chris christopher chuck clarence colin corey craig dan daniel danny darrell
    dave david dennis dick dmitri dmitry dmitriy don donald doug douglas duncan dylan ed eddie
    edward emmanuel eric erik evgeny fedor felix fernando frank franklin fred frederick gary gavin
    gene george gerald gordon greg gregory hamid harold harry hassan hector henry herman howard hugh
    hussein ian igor isaac ivan jack jacob jake james jared jason javier jay jeb jeff jeffrey jeremy
    jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua
    juan julian justin karl keith ken kenneth kevin khalid kim kirk konstantin kurt kyle larry
    lawrence lee leon leonid leonard louis luis luke marco marcus mario mark martin matt matthew max
    michael mike mikhail miguel mitch mitchell mitt mohammed mohammad muhammad nathan neil nicholas
    nick nikita nikolai noah oleg omar oscar pablo patrick paul pavel pedro pete peter petro phil
    philip rahm ralph rand ray raymond reince richard rick robert roberto rodrigo roger roman ron
    ronald ross roy rudy russell ryan salman sam samuel scott sean sergei sergey sergiy seth shinzo
    simon stanley stephen steve steven stuart ted terry thomas tim timothy todd tom tony travis trey
    valery vasily victor viktor vincent vladimir vladislav volodymyr walter warren wayne will
    william xi yasser yevgeny yoshihide yuri yury zachary taro fumio august
    """
    )
)
FEMALE = frozenset(
    words(
        """
    abigail alexandra alice alina alison allison amanda amber amy ana anastasia andrea angela
    angelina ann anna anne annie barbara becky beth betsy betty beverly brenda brittany camila carly
    carmen carol caroline catherine cathy charlotte chelsea cheryl christina christine cindy claire
    claudia colleen connie courtney cynthia dana daria darya deborah debbie debra denise diana diane
    donna doris dorothy elaine elena elisabeth elizabeth ella ellen emily emma erin eva evelyn
    fatima frances gabrielle gina gloria grace hannah heather heidi helen hillary holly hope huma
    irina jacqueline jane janet janice jean jeanne jennifer jessica jill joan joanne jodi julia
    julie karen kate katherine kathleen kathryn kathy katie kayleigh kelly kellyanne kimberly
    kirsten kristen laura lauren linda lisa liz loretta lori louise lucy lydia lynn madeleine
    margaret maria marie marina marsha martha mary megan megyn melania melissa michelle mila monica
    nadia nancy natalia natalie natalya nicole nikki nina olga pam pamela patricia paula peggy
    rachel rebecca rosa rose ruth samantha sandra sarah sharon sheila shirley sophia stephanie susan
    suzanne svetlana tamara tammy tatiana tatyana teresa theresa tiffany tina tulsi valentina
    valerie vanessa victoria virginia wendy yekaterina yulia elise ivanka condoleezza nikki
    may april june
    """
    )
)

GIVEN_NAMES = MALE | FEMALE

# Slavic surnames tell gender by their ending: Zakharova, Matviyenko is not covered.
FEMALE_SURNAME_ENDINGS = ("ova", "eva", "yova", "skaya", "tskaya")


def name_gender(name: str) -> str | None:
    """ "male", "female" or None for a full name such as "Maria Zakharova"."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].lower().rstrip(".")
    if first in MALE:
        return "male"
    if first in FEMALE or words[-1].lower().endswith(FEMALE_SURNAME_ENDINGS):
        return "female"
    return None
