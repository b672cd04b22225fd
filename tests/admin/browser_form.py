"""What a browser submits for an admin change form, read from the page the admin rendered.

A browser drops the line break right after ``<textarea>`` (HTML parsing) and sends every line
break of a textarea's value as CRLF (form submission); inputs, checked boxes and selected
options go as rendered. Tests post this to see what a curator's unedited save does.
"""

import lxml.html


def browser_submission(page_html: str, form_id: str, **changes) -> dict[str, list[str]]:
    """The form's fields as a browser would post them, with ``changes`` typed in by the curator
    (text as typed, line breaks then sent as CRLF like the rest)."""
    form = lxml.html.fromstring(page_html).get_element_by_id(form_id)
    textareas = {element.name for element in form.xpath(".//textarea")}
    data: dict[str, list[str]] = {}
    for name, value in form.form_values():
        if name in textareas:
            value = value.removeprefix("\n")
        data.setdefault(name, []).append(value)
    for name, value in changes.items():
        data[name] = [str(value)]
    for name in textareas:
        data[name] = [_crlf(value) for value in data.get(name, [])]
    data["_save"] = ["Save"]
    return data


def _crlf(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\n", "\r\n")
