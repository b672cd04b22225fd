"""Words and shapes that mark the parts of a page around an article, in families.

Each family is a feature of the line scorer, so a curator reading this file sees what
counts as menu, teaser, credit or notice.
"""

import numpy as np

from .characters import (
    GLUE_LOWER,
    GLUE_UPPER,
    LETTER,
    HashSet,
    PageText,
    PhraseFinder,
    text_hash,
)

# Each family: single words, phrases found anywhere, and phrases a line starts with.
_FAMILIES = {
    "read_more": (
        "",
        "",
        "read more|read also|also read|see also|also on|more on this|more in|related|recommended|"
        "you may also like|you might also like|more from|more stories|most read|most popular|most viewed|"
        "trending|latest news|top stories|further reading|continue reading|keep reading|"
        "weiterlesen|mehr lesen|mehr zum thema|lesen sie auch|ähnliche artikel|das könnte sie auch|"
        "lire aussi|à lire aussi|lire la suite|voir aussi|sur le même sujet|articles similaires|"
        "leer más|lee también|te puede interesar|noticias relacionadas|más noticias|leia também|leggi anche|"
        "читайте также|читайте еще|подробнее|по теме|похожие|другие новости|читать далее|"
        "関連記事|関連ニュース|続きを読む|あわせて読みたい|おすすめ|人気記事|ランキング|"
        "相关新闻|相关阅读|相關新聞|延伸閱讀|阅读全文|閱讀全文|推荐阅读|热门|熱門",
    ),
    "share": (
        "share shares shared tweet facebook twitter linkedin whatsapp pinterest reddit telegram flipboard "
        "email e-mail print permalink teilen partager compartir поделиться вконтакте",
        "copy link|get short url",
        "シェア|ツイート|ブックマーク|いいね|分享|转发|轉發|微信|微博|收藏",
    ),
    "subscribe": (
        "subscribe subscriber subscribers subscription newsletter newsletters inbox premium paywall unlock "
        "abonnieren abonnez suscríbete подписаться подписка",
        "sign up|follow us|download the app|download our app",
        "購読|メルマガ|有料会員|订阅|訂閱|关注我们|關注我們",
    ),
    "notice": (
        "cookie cookies privacy gdpr consent copyright datenschutz impressum ©",
        "terms of use|terms of service|terms and conditions|personal data|all rights reserved|"
        "mentions légales|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
        "política de privacidad|politique de confidentialité|все права защищены|политика конфиденциальности",
        "利用規約|プライバシー|個人情報|著作権|無断転載|版权所有|版權所有|隐私|隱私|免责声明|免責聲明|未经授权",
    ),
    "account": (
        "login logout signin register registration password account forgot username captcha "
        "anmelden registrieren connexion inscription войти регистрация",
        "log in|log out|sign in|sign out|iniciar sesión|se connecter",
        "ログイン|会員登録|新規登録|マイページ|登录|登錄|注册|註冊",
    ),
    "comments": (
        "comment comments commenting reply replies discussion disqus kommentare kommentar commentaires "
        "commentaire comentarios comentario moderator moderators moderation комментарии комментарий ответить",
        "community standards|community guidelines|leave a",
        "コメント|返信|评论|評論|回复|回覆|留言",
    ),
    "advert": (
        "advertisement advertisements advertising sponsored promoted affiliate commission anzeige publicité "
        "publicidad реклама",
        "ad choices|adchoices|partner content",
        "広告|スポンサー|广告|廣告|推广",
    ),
    "credit": (
        "getty shutterstock istock afp epa",
        "ap photo|reuters/|photo credit|image credit|/ reuters|/ ap|/ afp|/ sputnik|/ tass",
        "photo:|photos:|image:|images:|picture:|foto:|credit:|source:|illustration:|video:|photo by|image by|"
        "фото:|写真|撮影|图片来源|圖片來源",
    ),
    "tags": (
        "",
        "",
        "tags|tag:|topics|topic:|filed under|categories|category:|keywords|schlagwörter|themen:|mots-clés|"
        "etiquetas|теги|タグ|キーワード|标签|標籤|关键词",
    ),
    "meta": (
        "updated published posted views likes ago aktualisiert veröffentlicht publié actualizado publicado "
        "обновлено опубликовано назад",
        "min read|minute read|minutes read|reading time|last modified",
        "更新|公開|投稿|配信|发布|發佈|来源|來源",
    ),
    "navigation": (
        "",
        "",
        "skip to|menu|home|search|back to top|next|previous|scroll to top|toggle navigation|close|open|more|"
        "all|load more|show more|see all|view all|watch|listen|video|photo|news|latest|top stories|opinion|"
        "startseite|suche|accueil|rechercher|inicio|buscar|главная|новости|поиск|меню|"
        "ホーム|トップ|メニュー|検索|ニュース|前の記事|次の記事|サイトマップ|お問い合わせ|"
        "首页|首頁|新闻|新聞|搜索|搜尋|返回顶部|上一篇|下一篇|网站地图|联系我们|聯絡我們|关于我们|關於我們",
    ),
    "byline": (
        "",
        "",
        "by |by:|von |par |por |di |door |автор|текст:|written by|posted by|authored by|author:|reviewed by|"
        "作者|記者|编辑|編輯|责任编辑|文：",
    ),
}
FAMILY_NAMES = tuple(_FAMILIES)
FAMILY_SPAN = 240  # characters
NOTICE = FAMILY_NAMES.index("notice")


def _bits_of(texts_of_families) -> dict[str, int]:
    """Each word or phrase with the families it marks."""
    bits: dict[str, int] = {}
    for number, texts in enumerate(texts_of_families):
        for text in texts:
            bits[text] = bits.get(text, 0) | 1 << number
    return bits


def _phrases(texts: str) -> list[str]:
    return [phrase for phrase in texts.split("|") if phrase]


def _hashed(bits: dict[str, int]) -> dict[int, int]:
    return {text_hash(text): b for text, b in bits.items()}


_WORD_BITS = _bits_of(words.split() for words, _, _ in _FAMILIES.values())
_WORD_BITS.pop("©")  # not a letter: found on its own
_ANYWHERE_BITS = _bits_of(_phrases(anywhere) for _, anywhere, _ in _FAMILIES.values())
_START_BITS = _bits_of(_phrases(start) for _, _, start in _FAMILIES.values())
_WORD_HASHES, _WORD_HASH_BITS = HashSet(_WORD_BITS), _hashed(_WORD_BITS)
ANYWHERE_PHRASES = tuple(_ANYWHERE_BITS)
_PHRASES, _PHRASE_HASH_BITS = PhraseFinder(ANYWHERE_PHRASES), _hashed(_ANYWHERE_BITS)
_PHRASE_LENGTHS = {text_hash(phrase): len(phrase) for phrase in ANYWHERE_PHRASES}
_STARTS, _START_HASH_BITS = PhraseFinder(_START_BITS), _hashed(_START_BITS)


def family_matrix(page: PageText, phrases_found=None) -> np.ndarray:
    """Which boilerplate families each line's wording belongs to: a row per line, a column per family.

    Only the start of a long line is read: boilerplate is short, and a share button's
    word deep inside a paragraph says nothing about it.
    """
    bits = np.zeros(len(page.texts), dtype=np.int64)
    inside = page.offsets() < FAMILY_SPAN
    found = (
        _word_bits(page, inside),
        _anywhere_bits(page, inside, phrases_found),
        _phrase_bits(page, _STARTS, _START_HASH_BITS, inside, page.starts),
    )
    for lines, line_bits in found:
        np.bitwise_or.at(bits, lines, line_bits)
    bits[page.per_line((page.codes == ord("©")) & inside) > 0] |= 1 << NOTICE
    return (bits[:, None] >> np.arange(len(FAMILY_NAMES)) & 1).astype(bool)


def _word_bits(page: PageText, inside: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The families of the keywords among each line's words (the lines and bits to mark)."""
    starts, ends = _token_spans(page, inside)
    hashes = page.span_hashes(starts, ends)
    hits = _WORD_HASHES.holds(hashes)
    return page.line_of(starts[hits]), np.array([_WORD_HASH_BITS[h] for h in hashes[hits]], dtype=np.int64)


def _token_spans(page: PageText, inside: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Words as the pattern ``[A-ZА-ЯЁ]+(?![a-zа-яё])|[^\\W\\d_][^\\W\\d_A-ZА-ЯЁ]*`` finds them.

    A capital after a lower-case letter starts a word ("Log inPrivacy"), and so does the
    last capital of a run followed by lower-case letters ("SHAREThis"); acronyms stay whole.
    """
    letter = page.has_class(LETTER) & inside
    upper, lower = page.has_class(GLUE_UPPER) & inside, page.has_class(GLUE_LOWER) & inside
    before_letter, before_upper = _shifted(letter, 1), _shifted(upper, 1)
    start = letter & (
        ~before_letter
        | (upper & ~before_upper)
        | (upper & before_upper & _shifted(lower, -1))
        | (~upper & ~lower & before_upper)
    )
    end = letter & (~_shifted(letter, -1) | _shifted(start, -1))
    return np.flatnonzero(start), np.flatnonzero(end) + 1


def _shifted(mask: np.ndarray, step: int) -> np.ndarray:
    """The mask's value at the previous (step 1) or next (step -1) character, False past the ends."""
    shifted = np.zeros_like(mask)
    if step > 0:
        shifted[step:] = mask[:-step]
    else:
        shifted[:step] = mask[-step:]
    return shifted


def _anywhere_bits(page: PageText, inside: np.ndarray, phrases_found=None):
    """The families of the phrases found anywhere in the first characters of each line.

    ``phrases_found`` (starts and hashes) may come from a search for more phrases at once.
    """
    if phrases_found is None:
        return _phrase_bits(page, _PHRASES, _PHRASE_HASH_BITS, inside)
    starts, hashes = phrases_found
    hits = [
        (start, h)
        for start, h in zip(starts.tolist(), hashes.tolist(), strict=True)
        if h in _PHRASE_HASH_BITS
    ]
    kept = [(start, h) for start, h in hits if inside[start + _PHRASE_LENGTHS[h] - 1]]
    lines = page.line_of([start for start, _ in kept])
    return lines, np.array([_PHRASE_HASH_BITS[h] for _, h in kept], dtype=np.int64)


def _phrase_bits(page: PageText, phrases: PhraseFinder, bits_of_hash, within, starts=None):
    """The families of the phrases found, and the lines they are on."""
    starts, hashes = phrases.find(page, within, starts)
    return page.line_of(starts), np.array([bits_of_hash[h] for h in hashes], dtype=np.int64)
