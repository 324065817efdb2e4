"""The websites the annex's source sentences name: each a link (r44, demo r42 #15), and the one helpline's own
website for a release of one helpline (r44, TO r42 #12: named, not a pointer to the help box)."""

from __future__ import annotations

import re

from ..presentation import escape, text


def linked(sentence: str) -> str:
    """A document's where-sentence, each website it names a link (r44, demo r42 #15: plain text in the HTML)."""
    website = re.compile(r"\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+")
    if not website.search(sentence):  # as before: the template escapes it (and fills in its '{naam}')
        return sentence
    sites = [f"[{escape.md_text(m)}]({escape.url('https://' + m)})" for m in website.findall(sentence)] + [""]
    return text.Markup("".join(escape.md_text(p) + site for p, site in zip(website.split(sentence), sites)))


def one_website(cited: set[str]) -> dict | None:
    """The one helpline's website (data/helpline_contacts.csv) for the annex's '{website}' (r44); else None."""
    from ..data import load

    contacts = load.helpline_contacts().set_index("helpline")["website"]
    one = [h for h in load.helplines()["helpline"] if h in cited]
    if len(one) != 1 or one[0] not in contacts.index:
        return None  # several helplines: the annex says 'hun websites' (where_nl)
    return {"site": str(contacts[one[0]]).removeprefix("https://").rstrip("/")}


def filled(sentence: str, name: str, site: str) -> str:
    """A one-helpline where-sentence with its '{naam}' and '{website}' filled in, every part escaped for Markdown
    (r45, CI: the template's replace left a hostile name's '$x$' and '[x](javascript:…)' as markup); the website a
    link, as the other websites of the sentences are (r47, demo r46 #15: www.1712.be was plain text)."""
    link = f"[{escape.md_text(site)}]({escape.url('https://' + site)})" if site else ""
    out = []
    for i, part in enumerate(sentence.split("{naam}")):
        if i:
            out.append(escape.md_text(name))
        out.append(link.join(escape.md_text(p) for p in part.split("{website}")))
    return text.Markup("".join(out))
