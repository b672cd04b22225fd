"""Month names as news pages print them, in the languages the archive meets most.

Keys are lower-case; abbreviations are listed without their trailing dot.
"""

_MONTHS = {
    1: "jan january januar jänner janvier janv enero ene janeiro gennaio gen januari ocak stycznia styczeń "
    "январь января янв січня sichnya",
    2: "feb february februar février fevrier févr fevr febrero fevereiro fev febbraio februari şubat subat "
    "lutego luty февраль февраля фев лютого",
    3: "mar march märz maerz mär mars marzo março marco maart mrt maret mart marca marzec март марта мар "
    "березня",
    4: "apr april avril avr abril abr aprile nisan kwietnia kwiecień апрель апреля апр квітня",
    5: "may mai mayo maio maggio mag mei mayıs mayis maja maj май мая травня",
    6: "jun june juni juin junio junho giugno giu haziran czerwca czerwiec июнь июня июн червня",
    7: "jul july juli juillet juil julio julho luglio lug temmuz lipca lipiec июль июля июл липня",
    8: "aug august août aout agosto ago augustus agustus ağustos agustos sierpnia sierpień август августа "
    "авг серпня",
    9: "sep sept september septembre septiembre setiembre setembro set settembre eylül eylul września "
    "wrzesień сентябрь сентября сен вересня",
    10: "oct october oktober okt octobre octubre outubro out ottobre ott ekim października październik "
    "октябрь октября окт жовтня",
    11: "nov november novembre noviembre novembro kasım kasim listopada listopad ноябрь ноября ноя листопада",
    12: "dec december dezember dez décembre decembre déc diciembre dic dezembro dicembre desember aralık "
    "aralik grudnia grudzień декабрь декабря дек грудня",
}

MONTH_NUMBERS = {name: number for number, names in _MONTHS.items() for name in names.split()}

# Longest first so that "sept" wins over "sep" and "märz" over "mär" inside one alternation.
MONTH_ALTERNATION = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
