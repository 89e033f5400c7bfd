#!/usr/bin/env python3
"""Regenerate data/actors/companies.tsv: listed companies, their home country and the names the press uses.

Reads the constituents of twenty stock indices (S&P 500, S&P 600, NASDAQ 100, Dow Jones, FTSE 100,
DAX, MDAX, SDAX, TecDAX, CAC 40, CAC Mid 60, Euro Stoxx 50, AEX, BEL 20, IBEX 35, Nikkei 225, OMX
Helsinki 25, OMX Stockholm 30, Switzerland 20) as the PyPI package pytickersymbols 1.17.10 (MIT)
ships them, from Wikipedia: `pip install --no-deps pytickersymbols==1.17.10`. Only facts are kept:
a company's name and its home country.

Adds the curated rows of data/actors/company-extras.tsv (brands of a listed parent, and state-owned
or foreign-listed firms: "Google", "Gazprom", "Saudi Aramco").

Each row gives the company's listed name, its country (ISO 3166-1 alpha-3) and its aliases: the name
without its legal form ("Workday, Inc." -> "Workday", "Anglo American plc" -> "Anglo American") and
without a leading "The". A one-word alias that is also a word of English prose, a census given name
or surname, or a place ("Target", "Ford", "Amazon") is left out: the listed name still matches, and
a bare "Ford" is as often a person, and so is one in the looser list of prose words ("Southern",
"News"). So is an alias of prose words closing with a body's word
("National Bank" of "National Bank Holdings Corporation"), which any bank could be called. Run by hand; the output is committed.
"""
import importlib.util
import re
from pathlib import Path

root = Path(__file__).resolve().parent.parent
spec = importlib.util.find_spec("pytickersymbols")
if spec is None:
    raise SystemExit("pip install --no-deps pytickersymbols==1.17.10 first")
module = Path(spec.submodule_search_locations[0]) / "indices_data.py"
namespace: dict = {}
exec(module.read_text(encoding="utf-8"), namespace)  # a data module: one dict literal
indices = namespace["INDICES"]


def lines(path):
    return [l for l in (root / path).read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]


# Country names to alpha-3, from our own country table.
country_code = {}
for row in lines("data/actors/countries.tsv"):
    cols = row.split("\t")
    for name in [cols[1]] + cols[2].split("|"):
        if name:
            country_code[name] = cols[0]
country_code.update({"United States of America": "USA", "US": "USA", "UK": "GBR", "England": "GBR"})
US_STATES = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
    "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "D.C.", "District of Columbia",
}
# Where a company's row names no country: the index's home market.
INDEX_COUNTRY = {
    "AEX": "NLD", "BEL 20": "BEL", "CAC_40": "FRA", "CAC Mid 60": "FRA", "DAX": "DEU",
    "DOW JONES": "USA", "FTSE 100": "GBR", "IBEX 35": "ESP", "MDAX": "DEU", "NASDAQ 100": "USA",
    "NIKKEI 225": "JPN", "OMX Helsinki 25": "FIN", "OMX Stockholm 30": "SWE", "SDAX": "DEU",
    "S&P 100": "USA", "S&P 500": "USA", "S&P 600": "USA", "Switzerland 20": "CHE", "TecDAX": "DEU",
}


def country_of(place):
    """Alpha-3 of a country field: "Germany", "Houston, Texas", "Amsterdam , Netherlands"."""
    if not place:
        return None
    parts = [p.strip() for p in place.split(",") if p.strip()]
    if not parts:
        return None
    last = parts[-1]
    # ("Atlanta, Georgia": a city and its state.)
    if last in US_STATES and (len(parts) > 1 or last not in country_code):
        return "USA"
    return country_code.get(last)


LEGAL_FORM = re.compile(
    r",?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?,? Ltd\.?|Co\.?|Company|Companies|plc|PLC|AG|SE|"
    r"N\.V\.|NV|S\.A\.|SA|S\.p\.A\.|SpA|Ltd\.?|Limited|L\.P\.|LP|LLC|Holdings?|KGaA|& Co\.? KGaA|"
    r"AG & Co\.? KGaA|ASA|AB|Oyj|Abp|Group|Trust)$"
)


def short_names(name):
    """The listed name without its legal forms and a leading "The"."""
    out = []
    n = name.strip()
    while True:
        m = LEGAL_FORM.search(n)
        if not m or m.start() == 0:
            break
        n = n[: m.start()].rstrip(" ,")
        out.append(n)
    for alias in list(out) + [name]:
        if alias.startswith("The ") and len(alias.split()) > 1:
            out.append(alias[4:])
    return [a for a in dict.fromkeys(out) if a and a != name]


prose = {l.strip() for l in lines("data/lexicon/common-words.txt")} | {
    l.strip() for l in lines("data/lexicon/stopwords.txt")
}
given = {l.strip() for l in lines("data/lexicon/given-names.txt")}
# Surnames as common as "Ford" (rank 102), not as rare as "Apple" (4,537): the file is in census order.
# The same bound as COMMON_SURNAME_RANK in crates/sitrep-nlp/src/names/people.rs.
COMMON_SURNAME_RANK = 2000
surnames = {l.strip() for l in lines("data/lexicon/surnames.txt")[:COMMON_SURNAME_RANK]}
places = {l.split("\t")[0] for l in lines("data/actors/cities.tsv")} | set(country_code)


# An alias of words of prose that closes with one of these is a description any firm could bear
# ("National Bank" of "National Bank Holdings Corporation", "Independent Bank").
GENERIC_HEADS = {"Bank", "Holdings", "Group", "Trust", "Fund"}
prose_words = {l.strip() for l in lines("data/lexicon/prose-words.txt")}


def generic(alias):
    """An alias of prose words closing with a generic head: "National Bank", "Enact Holdings"."""
    words = alias.split()
    return (
        len(words) > 1
        and words[-1] in GENERIC_HEADS
        and all(w.lower() in prose_words for w in words)
    )


def ambiguous(alias, listed_bare=False):
    """A one-word alias that names other things as often ("Target", "Ford", "Phoenix").

    A town's name the index lists bare, with no legal form, is how the company is known
    ("Toyota", "Nokia", "Hitachi"); a country's never is."""
    place = alias in country_code or (alias in places and not listed_bare)
    return alias.lower() in prose or alias in given or alias.lower() in surnames or place


def first_country(place):
    """Alpha-3 of the first country a headquarters field names. The field may join two seats
    ("Bad Homburg vor der Höhe , Germany Waltham, Massachusetts"; "London , England, UK Hong Kong ,
    China"): the first is the company's home."""
    names = sorted(country_code, key=len, reverse=True)
    parts = [p.strip() for p in (place or "").split(",") if p.strip()]
    for k, part in enumerate(parts):
        if part in US_STATES or any(part.startswith(s + " ") for s in US_STATES):
            return "USA"
        # ("Jersey City", "Panama City Beach": a town whose name opens with a country's.)
        if part in places and part not in country_code:
            continue
        for n in names:
            if part == n:
                # ("Lebanon, Tennessee": a town of a state named as a country is.)
                following = parts[k + 1] if k + 1 < len(parts) else ""
                return "USA" if following in US_STATES else country_code[n]
            # ("Germany Waltham": two seats run together; "Kyoto 615-8585 Japan": a postcode. Not
            # a seat marked as only the registered office: "London , United Kingdom (registered
            # office) Mexico City , Mexico (corporate headquarters)".)
            registered_only = "(registered office)" in part
            if part.startswith(n + " ") and not registered_only or part.endswith(" " + n):
                return country_code[n]
    return None


# A row's country field that names a town ("Lake Forest, Illinois") is the company's seat. One that
# names only a country is often wrong (every Nikkei 225 row says "United Kingdom"; the DAX row of
# "Deutsche Telekom" says "Russian Federation"): the headquarters, from any index that gives them,
# come before it; then the country most rows give; then the index's market.
seats, headquarters, countries_given = {}, {}, {}
for data in indices.values():
    for c in data["companies"]:
        name = c["name"].strip()
        field = c.get("country") or ""
        code = country_of(field)
        if code and "," in field:
            seats.setdefault(name, code)
        elif code:
            countries_given.setdefault(name, []).append(code)
        hq = first_country((c.get("metadata") or {}).get("headquarters"))
        if hq:
            headquarters.setdefault(name, hq)


def home_country(name, index):
    given_codes = countries_given.get(name, [])
    most_given = max(given_codes, key=given_codes.count) if given_codes else None
    return seats.get(name) or headquarters.get(name) or most_given or INDEX_COUNTRY[index]


# Names an index row spells otherwise than the company does.
RESPELLINGS = {"EBay": "eBay"}

rows = {}
for index, data in indices.items():
    for c in data["companies"]:
        name = c["name"].strip()
        if not name or RESPELLINGS.get(name, name) in rows:
            continue
        code = home_country(name, index)
        name = RESPELLINGS.get(name, name)
        # A one-word alias that is a word of prose in the looser list too ("Southern" of Southern
        # Company, "News" of News Corp, "Compass" of Compass Group) is left out as well: in a
        # sentence it is most often the word.
        aliases = [
            a
            for a in short_names(name)
            if not (" " not in a and (ambiguous(a) or a.lower() in prose_words)) and not generic(a)
        ]
        # A one-word listed name that is ambiguous too ("Target") is kept only with its legal form.
        if " " not in name and ambiguous(name, listed_bare=True):
            continue
        rows[name] = (code, aliases)

# The curated companies the indices leave out ("Google", "Gazprom"); a curated row wins.
for row in lines("data/actors/company-extras.tsv"):
    cols = (row.split("\t") + ["", ""])[:3]
    rows[cols[0]] = (cols[1], [a for a in cols[2].split("|") if a])

# An alias two companies share names neither.
seen = {}
for name, (_, aliases) in rows.items():
    for a in aliases + [name]:
        seen[a] = seen.get(a, 0) + 1
header = [
    "# Generated by scripts/gen-companies.py from the constituents of twenty stock indices as the PyPI",
    "# package pytickersymbols 1.17.10 ships them (from Wikipedia; facts only). Do not edit by hand.",
    "# Cut-off: the package's data, 2025-2026.",
    "# name\tcountry (ISO 3166-1 alpha-3)\taliases (|)",
]
out = []
for name in sorted(rows):
    code, aliases = rows[name]
    aliases = [a for a in aliases if seen[a] == 1]
    out.append(f"{name}\t{code}\t{'|'.join(aliases)}")
(root / "data/actors/companies.tsv").write_text("\n".join(header + out) + "\n", encoding="utf-8")
print(f"{len(out)} companies", flush=True)
