#!/usr/bin/env python3
"""Readability check for Huella's English, Spanish and Portuguese texts (standard library only).

Usage:
    python3 tools/readability.py [LOCALE_DIR] [--all] [--verbose] [--max GRADE]
    python3 tools/readability.py locales/es [--min SCORE] [--fh-words-per-sentence]
    python3 tools/readability.py --self-test

The language is the folder's name: locales/en is scored with Flesch-Kincaid
(below), locales/es with Fernández-Huerta and locales/pt with Flesch as
adapted to Portuguese by Martins et al. (see "Spanish" and "Portuguese" at the
end of this text). There is no such formula for Haitian Creole (ht) or
Chinese (zh), nor for Arabic (ar): those folders, and any other, are an error
(exit 2) that says so.

LOCALE_DIR defaults to locales/en. Every *.ftl file in it is parsed (plain
messages, multi-line values, select expressions). Each message is expanded
into every text a reader can see: each select variant is rendered on its own,
and variables are replaced by plausible sample values (phone numbers, a
written-out date, the numbers from content/guide.toml).

For every step (step-<id>-title, step-<id>-body, and -say / -ready when they
exist) the Flesch-Kincaid grade level is printed for each variant:

    grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59

then the mean and the maximum over all step-body variants. The exit status is
1 when any step-body variant is above --max (default 6.0), 2 when a file
cannot be parsed, 0 otherwise. --all also prints the grade of every other
message (informational, never fails the run). --verbose prints the text of
each variant.

How words are counted (an honest heuristic, not a dictionary):
- A word is a whitespace-separated token, punctuation stripped.
- An ordinary word: vowel groups (a e i o u, and y when it sounds like a vowel),
  minus a silent final -e, -es or -ed, plus the vowel pairs that are usually
  two syllables (bi-o, u-a, go-ing), with a short table of exceptions.
- An acronym in capitals (USCIS, ASC, TTY, ID) is read letter by letter, one
  syllable a letter (W is three); a few are read as words (ICE, NOID, OPLA).
- A number up to 100 counts the syllables of its English name (15 -> "fif-teen"
  = 2); a longer number in a form name (I-589) counts one a digit; a phone
  number, a year or another token without letters counts as one word of one
  syllable.
- A sentence ends at . ! or ?; a text without an end mark is one sentence.

Spanish (locales/es): the Fernández-Huerta reading ease of each variant,

    score = 206.84 - 0.60 * P - 1.02 * F

with P = syllables per 100 words and F = sentences per 100 words (the form
usually printed). Gwillim Law (LINGUIST List 22.2332, 2011) showed that
Fernández Huerta meant F = words per sentence, as in Flesch's formula; the
printed form lowers the score when sentences get shorter.
--fh-words-per-sentence uses that form. Higher is easier: 70-80 "algo fácil"
(about grade 6), 80-90 "fácil". The exit status is 1 when any
step-body variant is below --min (default 70). Variables get Spanish sample
values (the date "10 de diciembre de 2026").
- Syllables: vowel groups (a e i o u, accented or not, and ü). Inside a group,
  two strong vowels (a, e, o) are a hiatus (le-er, re-a-brir), and so is a pair
  with an accented í or ú (dí-a, pa-ís); unaccented i / u with another vowel
  make a diphthong (bio-mé-tri-cos, ciu-dad, a-ve-ri-güe). The u of que, qui,
  gue, gui is silent. y is a vowel alone and at the end of a word (hoy, muy).
- An acronym is read letter by letter with the Spanish letter names (USCIS =
  u-e-se-ce-i-e-se = 7, ASC = 4); ICE, NOID, OPLA are read as words.
- A number up to 100 counts the syllables of its Spanish name (21 ->
  "vein-tiu-no" = 3); a longer number in a form name (I-589) is read digit by
  digit ("cin-co o-cho nue-ve"); a phone number or a year is one word of one
  syllable, as in English.
- Opening ¿ and ¡ and the quote marks « » are punctuation.

Portuguese (locales/pt): Flesch reading ease as adapted to Brazilian
Portuguese by Martins, Ghiraldelo, Nunes and Oliveira Jr. (1996),

    score = 248.835 - 1.015 * words / sentences - 84.6 * syllables / words

Higher is easier: 75-100 "muito fácil" (school years 1-4), 50-75 "fácil"
(years 5-8), 25-50 "difícil", below 25 "muito difícil". The exit status is 1
when any step-body variant is below --min (for Portuguese, default 50: the
end of year 8). Variables get Portuguese sample values ("10 de dezembro de
2026").
- Syllables: vowel groups (a e i o u with their accents), divided as
  Portuguese divides them in writing: a vowel then an unaccented i or u is
  one syllable, a falling diphthong (sai, seu, gra-tui-ta), and so are the
  nasal ão, ãe, õe and ao (pão, aos); every other pair is two: two of a, e,
  o (po-e-ta, vo-o), an accented í or ú (pa-ís, sa-ú-de), an i or u before
  another vowel (di-a, his-tó-ri-a, su-a). The u after q or g glides into
  the next vowel (qua-tro, á-gua, que).
- An acronym is read letter by letter with the Portuguese letter names
  (USCIS = u-és-se-cê-i-és-se = 7); a number up to 100 by its name (21 =
  "vin-te e um"); a longer number in a form name digit by digit; a phone
  number or a year is one word of one syllable.
"""
from __future__ import annotations

import itertools
import os
import re
import sys

# --------------------------------------------------------------------------
# Sample values for variables (what a reader would see)
# --------------------------------------------------------------------------
SAMPLES = {
    "contact-center": "1-800-375-5283",
    "contact-center-tty": "1-800-767-1833",
    "eoir-line": "1-800-898-7180",
    "online-limit-hours": "12",
    "online-limit-reschedules": "2",
    "walk-in-days": "21",
    "arrive-minutes": "15",
    "motion-days": "30",
    "motion-days-mailed": "33",
    "board-appeal-days": "30",
    "ar11-days": "10",
    "eoir33-days": "5",
    "notice-weeks-min": "3",
    "notice-weeks-max": "8",
    "date": "December 10, 2026",
    "title": "Have you moved since you applied?",
    "number": "3",
    "field": "case-type",
    "min-year": "2015",
    "max-year": "2040",
    "month": "December",
    "day": "10",
    "year": "2026",
    # selector-only variables: their text value, should one be printed
    "track": "asylum-uscis",
    "situation": "missed",
    "has-date": "yes",
    "photo-id": "yes",
    "route": "phone",
    "letter": "none",
}

OTHER = "(other)"  # a selector value that matches no key: the default variant


class FtlError(Exception):
    pass


# --------------------------------------------------------------------------
# Fluent parsing (the subset Huella uses, with clear errors for the rest)
# --------------------------------------------------------------------------
MSG_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=[ \t]?(.*)$")
IDENT_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9_-]*")
NUMBER_RE = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def read_messages(path):
    """Return {id: (raw_value, line_no)} for one .ftl file."""
    messages = {}
    current = None
    lines = open(path, encoding="utf-8").read().split("\n")
    for no, line in enumerate(lines, 1):
        if line.startswith("#"):
            current = None
            continue
        if line.strip() == "":
            if current is not None:
                messages[current][0].append("")
            continue
        # inside a select, "}" "[" and "*[" may start at column 0
        if line[0] in " \t" or (current is not None and line.startswith(("}", "[", "*["))):
            if current is None:
                raise FtlError(f"{path}:{no}: indented line outside a message")
            if line.lstrip().startswith("."):
                raise FtlError(f"{path}:{no}: attributes are not used in Huella")
            messages[current][0].append(line)
            continue
        if line.startswith("-"):
            raise FtlError(f"{path}:{no}: terms (-name) are not used in Huella")
        m = MSG_RE.match(line)
        if not m:
            raise FtlError(f"{path}:{no}: cannot parse: {line!r}")
        current = m.group(1)
        if current in messages:
            raise FtlError(f"{path}:{no}: duplicate message {current}")
        messages[current] = ([m.group(2)], no)
    out = {}
    for key, (parts, no) in messages.items():
        while parts and parts[-1].strip() == "":
            parts.pop()
        first, rest = parts[0], parts[1:]
        indents = [len(p) - len(p.lstrip()) for p in rest if p.strip()]
        common = min(indents) if indents else 0
        body = [first.strip()] + [p[common:].rstrip() for p in rest]
        value = "\n".join(body).strip("\n")
        if value.strip() == "":
            raise FtlError(f"{path}:{no}: message {key} has no value")
        out[key] = (value, no)
    return out


class Parser:
    """Recursive descent over one message value.

    A pattern is a list of elements:
      ("text", str) | ("var", name) | ("msg", id) | ("select", var, [(key, is_default, pattern)])
    """

    def __init__(self, src, where):
        self.s = src
        self.i = 0
        self.where = where

    def error(self, what):
        snippet = self.s[max(0, self.i - 20): self.i + 20].replace("\n", "\\n")
        raise FtlError(f"{self.where}: {what} near {snippet!r}")

    def peek(self, n=1):
        return self.s[self.i: self.i + n]

    def skip_ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1

    def at_variant_end(self):
        # after a newline: a new variant or the end of the select
        j = self.i
        while j < len(self.s) and self.s[j] in " \t":
            j += 1
        rest = self.s[j:]
        return rest.startswith("[") or rest.startswith("*[") or rest.startswith("}")

    def pattern(self, in_variant=False):
        elems = []
        buf = []
        while self.i < len(self.s):
            c = self.s[self.i]
            if c == "{":
                if buf:
                    elems.append(("text", "".join(buf)))
                    buf = []
                self.i += 1
                elems.append(self.placeable())
                continue
            if c == "}":
                if in_variant:
                    break
                self.error("unbalanced '}'")
            if c == "\n" and in_variant:
                self.i += 1
                if self.at_variant_end():
                    break
                buf.append("\n")
                continue
            buf.append(c)
            self.i += 1
        if buf:
            elems.append(("text", "".join(buf)))
        return elems

    def placeable(self):
        self.skip_ws()
        c = self.peek()
        if c == "$":
            self.i += 1
            m = IDENT_RE.match(self.s, self.i)
            if not m:
                self.error("bad variable name")
            self.i = m.end()
            expr = ("var", m.group(0))
        elif c == '"':
            j = self.s.index('"', self.i + 1)
            expr = ("text", self.s[self.i + 1: j])
            self.i = j + 1
        elif c == "-" and not NUMBER_RE.match(self.s, self.i):
            self.error("terms (-name) are not used in Huella")
        elif NUMBER_RE.match(self.s, self.i):
            m = NUMBER_RE.match(self.s, self.i)
            self.i = m.end()
            expr = ("text", m.group(0))
        else:
            m = IDENT_RE.match(self.s, self.i)
            if not m:
                self.error("cannot parse placeable")
            self.i = m.end()
            if self.peek() == "(":
                self.error("functions are not supported by this checker")
            if self.peek() == ".":
                self.error("attributes are not used in Huella")
            expr = ("msg", m.group(0))
        self.skip_ws()
        if self.peek(2) == "->":
            if expr[0] != "var":
                self.error("only variables can be selectors here")
            self.i += 2
            variants = []
            while True:
                self.skip_ws()
                if self.peek() == "}":
                    self.i += 1
                    break
                default = False
                if self.peek() == "*":
                    default = True
                    self.i += 1
                if self.peek() != "[":
                    self.error("expected a variant '[key]'")
                j = self.s.index("]", self.i)
                key = self.s[self.i + 1: j].strip()
                self.i = j + 1
                body = self.pattern(in_variant=True)
                variants.append((key, default, body))
                if self.i < len(self.s) and self.s[self.i] == "}":
                    self.i += 1
                    break
            defaults = [v for v in variants if v[1]]
            if len(defaults) != 1:
                self.error(f"select on ${expr[1]} needs exactly one *default variant")
            if defaults[0][0] != "other":
                self.error(f"the default variant of ${expr[1]} should be *[other]")
            keys = [v[0] for v in variants]
            if len(set(keys)) != len(keys):
                self.error(f"duplicate variant key in select on ${expr[1]}")
            return ("select", expr[1], variants)
        if self.peek() != "}":
            self.error("expected '}'")
        self.i += 1
        return expr


def parse_value(value, where):
    p = Parser(value, where)
    pattern = p.pattern()
    return pattern


# --------------------------------------------------------------------------
# Expansion: every reader-visible text of a message
# --------------------------------------------------------------------------
def selectors(pattern, messages, acc, seen=()):
    for el in pattern:
        if el[0] == "select":
            acc.setdefault(el[1], set())
            for key, _default, body in el[2]:
                if key != "other":
                    acc[el[1]].add(key)
                selectors(body, messages, acc, seen)
        elif el[0] == "msg" and el[1] in messages and el[1] not in seen:
            selectors(messages[el[1]], messages, acc, seen + (el[1],))
    return acc


def render(pattern, assignment, messages, unknown, seen=(), samples=None):
    samples = SAMPLES if samples is None else samples
    out = []
    for el in pattern:
        kind = el[0]
        if kind == "text":
            out.append(el[1])
        elif kind == "var":
            name = el[1]
            if name not in samples:
                unknown.add(name)
            out.append(samples.get(name, "sample"))
        elif kind == "msg":
            if el[1] not in messages or el[1] in seen:
                unknown.add(el[1])
                continue
            out.append(render(messages[el[1]], assignment, messages, unknown, seen + (el[1],), samples))
        elif kind == "select":
            value = assignment.get(el[1], OTHER)
            chosen = None
            for key, default, body in el[2]:
                if key == value:
                    chosen = body
            if chosen is None:
                chosen = next(body for key, default, body in el[2] if default)
            out.append(render(chosen, assignment, messages, unknown, seen, samples))
    return "".join(out)


def expand(msg_id, messages, samples=None):
    """Return ([(text, label)], unknown): one entry per distinct text."""
    pattern = messages[msg_id]
    sel = selectors(pattern, messages, {})
    names = sorted(sel)
    choices = [sorted(sel[n]) + [OTHER] for n in names]
    texts = {}
    order = []
    unknown = set()
    for combo in itertools.product(*choices) if names else [()]:
        assignment = dict(zip(names, combo))
        text = render(pattern, assignment, messages, unknown, samples=samples)
        text = re.sub(r"\s+", " ", text).strip()
        if text not in texts:
            texts[text] = []
            order.append(text)
        texts[text].append(assignment)
    all_values = dict(zip(names, choices))
    return [(t, describe(texts[t], all_values)) for t in order], unknown


def describe(assignments, all_values):
    """A short label for the selector values that give one text.

    A selector whose every value gives this text does not matter for it and
    is left out of the label.
    """
    parts = []
    for name, values in all_values.items():
        seen = []
        for a in assignments:
            if a[name] not in seen:
                seen.append(a[name])
        if len(seen) == len(values):
            continue
        parts.append(f"{name}={'|'.join(seen)}")
    return ", ".join(parts)


# --------------------------------------------------------------------------
# Syllables, words, sentences
# --------------------------------------------------------------------------
VOWELS = set("aeiouy")

# Words the rules miscount (checked against a dictionary by hand).
OVERRIDES = {
    "biometrics": 4, "biometric": 4, "area": 3, "idea": 3, "ideas": 3,
    "create": 2, "created": 3, "real": 1, "really": 2, "business": 2,
    "evening": 2,
    "video": 3, "radio": 3, "period": 3, "being": 2, "quiet": 2,
    "science": 2, "client": 2, "poem": 2, "lion": 2, "science's": 2,
    "naive": 2, "react": 2, "reopen": 3, "reopens": 3, "reopened": 3,
    "reenter": 3, "cooperate": 4, "coordinate": 4, "preorder": 3,
    "pre-order": 3, "whole": 1, "wednesday": 2, "different": 3,
    "interest": 3, "family": 3, "families": 3, "several": 3,
    "usually": 4, "actually": 4, "million": 2, "opinion": 3,
    "guidance": 2, "someone": 2, "sometimes": 2, "somewhere": 2,
    "anyone": 3, "maybe": 2, "notario": 4, "notarios": 4,
    "citizenship": 4, "one": 1, "once": 1, "done": 1, "gone": 1,
    "none": 1, "come": 1, "some": 1, "give": 1, "live": 1, "have": 1,
    "move": 1, "moved": 1, "were": 1, "there": 1, "where": 1, "here": 1,
    "are": 1, "fire": 1, "hire": 1, "hour": 1, "hours": 1, "our": 1,
    "your": 1, "you're": 1, "you've": 1, "you'll": 1, "iowa": 3,
    "poet": 2, "diet": 2, "fluent": 2, "ruin": 2, "create's": 2,
    "deny": 2, "denied": 2, "denies": 2, "denial": 3,
    "via": 2, "trial": 2, "dial": 2, "vial": 2, "year": 1,
    "theory": 3, "fuel": 2, "cruel": 2, "duel": 2, "science-based": 3,
    "screenshot": 2, "screenshots": 2, "phone": 1, "phones": 1,
    "online": 2, "lifetime": 2, "anytime": 3, "homepage": 2,
    "website": 2, "websites": 2, "whenever": 3, "therefore": 2,
    "nonprofit": 3, "nonprofits": 3, "passport": 2, "passports": 2,
    "appointment": 3, "appointments": 3, "agency": 3, "policy": 3,
}

# Acronyms read as words, with their syllables; other capital runs are spelled.
SPOKEN_ACRONYMS = {"ICE": 1, "NOID": 1, "OPLA": 2, "NASA": 2, "FAQ": 3, "DACA": 2}

NUMBER_WORDS = {
    0: 2, 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 2, 8: 1, 9: 1, 10: 1,
    11: 3, 12: 1, 13: 2, 14: 2, 15: 2, 16: 2, 17: 3, 18: 2, 19: 2,
    20: 2, 30: 2, 40: 2, 50: 2, 60: 2, 70: 3, 80: 2, 90: 2, 100: 3,
}


def number_syllables(n):
    if n in NUMBER_WORDS:
        return NUMBER_WORDS[n]
    if n < 100:
        return NUMBER_WORDS[n - n % 10] + NUMBER_WORDS[n % 10]
    return len(str(n))  # read digit by digit (form numbers such as 589)


def word_syllables(word):
    """Syllables of one lower-case word made of letters (and apostrophes)."""
    w = word.lower().replace("\u2019", "'")
    if w in OVERRIDES:
        return OVERRIDES[w]
    w = w.replace("'", "")
    if not w:
        return 0
    if w in OVERRIDES:
        return OVERRIDES[w]
    if len(w) <= 2:
        return 1
    # y is a consonant at the start of a word and between two vowels (saying, beyond)
    flags = []
    for idx, ch in enumerate(w):
        if ch == "y":
            prev_v = idx > 0 and w[idx - 1] in "aeiou"
            next_v = idx + 1 < len(w) and w[idx + 1] in "aeiou"
            flags.append(not (idx == 0 or (prev_v and next_v)))
        else:
            flags.append(ch in "aeiou")
    count = 0
    prev = False
    for f in flags:
        if f and not prev:
            count += 1
        prev = f
    # vowel pairs that are usually two syllables
    for m in re.finditer(r"(?<=[^aeiou])io|^io", w):
        before = w[m.start() - 1] if m.start() > 0 else ""
        if before not in ("t", "s", "c", "g", "x"):
            count += 1
    for m in re.finditer(r"ua", w):
        before = w[m.start() - 1] if m.start() > 0 else ""
        if before not in ("q", "g"):
            count += 1
    for m in re.finditer(r"ia", w):
        before = w[m.start() - 1] if m.start() > 0 else ""
        if before not in ("c", "t", "s"):
            count += 1
    if re.search(r"[aeiou]ing$", w) and not w.endswith("uing"):
        count += 1
    if re.search(r"uing$", w):
        count += 1
    # silent endings
    if w.endswith("e"):
        if w.endswith("le") and len(w) > 2 and w[-3] not in "aeiouy":
            pass  # ta-ble, peo-ple
        elif w.endswith(("ee", "ie", "oe", "ye")):
            pass
        else:
            count -= 1
    elif w.endswith("es") and len(w) > 3:
        before = w[-3]
        if w.endswith(("ches", "shes")) or before in "sxzcg" or before in "aeiouy":
            pass
        elif w.endswith("les") and w[-4] not in "aeiouy":
            pass  # ta-bles
        else:
            count -= 1
    elif w.endswith("ed") and len(w) > 3:
        before = w[-3]
        if before not in "td" and before not in "aeiouy":
            count -= 1
    return max(1, count)


def token_syllables(token):
    """Return (is_word, syllables) for one whitespace token."""
    t = token.strip(".,;:!?\"'()[]\u201c\u201d\u2018\u2019")
    if not t:
        return False, 0
    if not re.search(r"[A-Za-z]", t):
        digits = t.replace(",", "")
        if re.fullmatch(r"[0-9]+", digits) and int(digits) <= 100:
            return True, number_syllables(int(digits))
        if re.search(r"[0-9]", t):
            return True, 1  # a phone number, a year, a long number: one word
        return False, 0  # a dash or another symbol
    # a possessive or a contraction: ASC's, I'm, don't, you'll
    t = t.replace("\u2019", "'")
    m = re.fullmatch(r"([A-Za-z]+)'(s|m|t|ll|re|ve|d)", t)
    if m and not re.fullmatch(r"[A-Z]{2,}", m.group(1)):
        return True, word_syllables(t)
    if m:
        t = m.group(1)
    total = 0
    # split at dots, hyphens and slashes: my.uscis.gov, A-Number, I-589, low-cost
    for part in re.split(r"[-./]", t):
        # runs: an acronym, a word, a number, a single capital
        for run in re.findall(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z']+|[0-9]+|[A-Z]", part):
            if run.isdigit():
                total += number_syllables(int(run)) if len(run) <= 2 else len(run)
            elif run.isupper():
                if run in SPOKEN_ACRONYMS:
                    total += SPOKEN_ACRONYMS[run]
                else:
                    total += sum(3 if ch == "W" else 1 for ch in run)
            else:
                total += word_syllables(run)
    return True, max(1, total)


SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d)\]]*\s+")


def count(text, syllables_of):
    """Return (sentences, words, syllables): `syllables_of(token)` says whether
    a token is a word and its syllables; a sentence counts if it has a word."""
    pieces = [p for p in SENTENCE_END.split(text.strip()) if p.strip()]
    sentences = 0
    words = 0
    syllables = 0
    for piece in pieces:
        counted = False
        for tok in piece.split():
            is_word, syl = syllables_of(tok)
            if is_word:
                words += 1
                syllables += syl
                counted = True
        if counted:
            sentences += 1
    return sentences, words, syllables


def analyse(text):
    """Return (sentences, words, syllables, grade)."""
    sentences, words, syllables = count(text, token_syllables)
    if words == 0:
        return 0, 0, 0, 0.0
    grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59
    return sentences, words, syllables, grade


# --------------------------------------------------------------------------
# Spanish: Fernández-Huerta reading ease
# --------------------------------------------------------------------------
# Spanish sample values: what a Spanish reader would see (Spanish date form).
SAMPLES_ES = dict(
    SAMPLES,
    date="10 de diciembre de 2026",
    title="¿Se mudó después de presentar su solicitud?",
    month="diciembre",
    label="Centro de Contacto de USCIS",
)

ES_STRONG = set("aeoáéó")  # open vowels; an accented í or ú also breaks a diphthong
ES_ACCENTED_WEAK = set("íú")
ES_VOWELS = set("aeiouáéíóúü")

# Letter names, in syllables, for acronyms read letter by letter (USCIS = u-e-se-ce-i-e-se).
ES_LETTERS = {
    "a": 1, "b": 1, "c": 1, "d": 1, "e": 1, "f": 2, "g": 1, "h": 2, "i": 1,
    "j": 2, "k": 1, "l": 2, "m": 2, "n": 2, "ñ": 2, "o": 1, "p": 1, "q": 1,
    "r": 2, "s": 2, "t": 1, "u": 1, "v": 1, "w": 3, "x": 2, "y": 1, "z": 2,
}
# Acronyms read as words (ICE is said "ais"), with their syllables.
ES_SPOKEN_ACRONYMS = {"ICE": 1, "NOID": 1, "OPLA": 2, "DACA": 2, "OTAN": 2}

ES_UNITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
            "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
            "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés",
            "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
            "veintinueve"]
ES_TENS = {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta",
           80: "ochenta", 90: "noventa", 100: "cien"}


def es_number_words(n):
    """The Spanish words of a whole number from 0 to 100."""
    if n < 30:
        return [ES_UNITS[n]]
    if n in ES_TENS:
        return [ES_TENS[n]]
    return [ES_TENS[n - n % 10], "y", ES_UNITS[n % 10]]


def es_word_syllables(word):
    """Syllables of one Spanish word (letters only), by vowel groups.

    In a group of vowels, each pair of neighbours is a diphthong (one
    syllable) unless both are strong (a, e, o: le-er, re-a-brir) or one is an
    accented í / ú (dí-a, pa-ís, re-ú-ne): then it is a hiatus. Unaccented
    i / u with any vowel, and ü, make diphthongs (bio-mé-tri-cos, ciu-dad,
    a-ve-ri-güe). The u of que, qui, gue, gui is silent, so it joins the
    vowel after it. A y is a vowel alone (y) and at the end of a word (hoy,
    muy); elsewhere it is a consonant (ya, mayo). h does not join vowels.
    """
    w = word.lower()
    if not w:
        return 0
    # the silent u of que, qui, gue, gui (not güe, güi)
    w = re.sub(r"(?<=[qg])u(?=[eiéí])", "", w)
    flags = []
    for idx, ch in enumerate(w):
        if ch == "y":
            flags.append(len(w) == 1 or idx == len(w) - 1)
        else:
            flags.append(ch in ES_VOWELS)
    count = 0
    idx = 0
    while idx < len(w):
        if not flags[idx]:
            idx += 1
            continue
        j = idx
        while j < len(w) and flags[j]:
            j += 1
        group = w[idx:j].replace("y", "i")
        nuclei = 1
        for a, b in zip(group, group[1:]):
            if (a in ES_STRONG and b in ES_STRONG) or a in ES_ACCENTED_WEAK or b in ES_ACCENTED_WEAK:
                nuclei += 1
            elif a == b and a in "iu":  # chi-i-ta, du-un-vi-ro: rare, a hiatus
                nuclei += 1
        count += nuclei
        idx = j
    return max(1, count)


def es_number_syllables(digits):
    """A number written in digits: its Spanish name up to 100 (15 -> quin-ce),
    digit by digit when it is longer, as in a form name (I-589)."""
    n = int(digits)
    if len(digits) <= 3 and n <= 100:
        return sum(es_word_syllables(x) for x in es_number_words(n))
    return sum(es_word_syllables(ES_UNITS[int(d)]) for d in digits)


def spelled_token_syllables(token, lang):
    """Return (is_word, syllables) for one whitespace token of Spanish or
    Portuguese text, by the tables in `lang` (ES_TOKENS, PT_TOKENS).

    A token of digits only is read as a number up to 100, else as one word;
    a word is split at dots, hyphens and slashes (my.uscis.gov, A-Number,
    I-589), and each run of capitals is an acronym said as a word or letter
    by letter.
    """
    upper, lower = lang["upper"], lang["lower"]
    t = token.strip(lang["punctuation"])
    if not t:
        return False, 0
    if not re.search(f"[{upper}{lower}]", t):
        digits = t.replace(lang["thousands"], "")
        if re.fullmatch(r"[0-9]+", digits) and int(digits) <= 100:
            return True, lang["number_syllables"](digits)
        if re.search(r"[0-9]", t):
            return True, 1  # a phone number, a year, a long number: one word
        return False, 0  # a dash or another symbol
    total = 0
    for part in re.split(r"[-./]", t):
        runs = re.findall(f"[{upper}]{{2,}}(?![{lower}])|[{upper}]?[{lower}]+|[0-9]+|[{upper}]", part)
        for run in runs:
            if run.isdigit():
                total += lang["number_syllables"](run)
            elif run.isupper():
                total += lang["acronyms"].get(run) or sum(lang["letters"].get(ch, 1) for ch in run.lower())
            else:
                total += lang["word_syllables"](run)
    return True, max(1, total)


QUOTES = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019\u00ab\u00bb\u2026"
ES_TOKENS = {
    "upper": "A-ZÁÉÍÓÚÜÑ", "lower": "a-záéíóúüñ", "punctuation": QUOTES + "¡¿", "thousands": ",",
    "number_syllables": es_number_syllables, "acronyms": ES_SPOKEN_ACRONYMS, "letters": ES_LETTERS,
    "word_syllables": es_word_syllables,
}


def es_token_syllables(token):
    """Return (is_word, syllables) for one whitespace token of Spanish text."""
    return spelled_token_syllables(token, ES_TOKENS)


# F in the formula. The brief (and most printed sources) define it as
# sentences per 100 words; Law (LINGUIST List 22.2332, 2011) showed that Fernández Huerta's
# adaptation of Flesch meant words per sentence, and the printed form rewards
# long sentences. Both are offered; --fh-words-per-sentence picks Law's form.
FH_SENTENCES_PER_100_WORDS = "sentences-per-100-words"
FH_WORDS_PER_SENTENCE = "words-per-sentence"


def analyse_es(text, f_mode=FH_SENTENCES_PER_100_WORDS):
    """Return (sentences, words, syllables, Fernández-Huerta score).

    score = 206.84 - 0.60 * P - 1.02 * F, P = syllables per 100 words,
    F = sentences per 100 words (or words per sentence, see f_mode).
    """
    sentences, words, syllables = count(text, es_token_syllables)
    if words == 0:
        return 0, 0, 0, 0.0
    p = 100.0 * syllables / words
    if f_mode == FH_WORDS_PER_SENTENCE:
        f = words / sentences
    else:
        f = 100.0 * sentences / words
    score = 206.84 - 0.60 * p - 1.02 * f
    return sentences, words, syllables, score


# Spanish words with their syllables (checked by hand against the RAE's rules).
KNOWN_ES = {
    "y": 1, "hoy": 1, "muy": 1, "ya": 1, "mayo": 2, "ley": 1, "a": 1, "de": 1,
    "cita": 2, "huellas": 2, "aviso": 3, "avisos": 3, "usted": 2, "su": 1,
    "solicitud": 4, "biométricos": 4, "biométrica": 4, "audiencia": 3,
    "juez": 1, "jueces": 2, "día": 2, "días": 2, "país": 2, "leer": 2, "lee": 2,
    "reabrir": 3, "reúne": 3, "oído": 3, "río": 2, "creo": 2, "poeta": 3,
    "ciudadanía": 5, "ciudad": 2, "averigüe": 4, "averiguarlo": 5,
    "guerra": 2, "guía": 2, "que": 1, "quiere": 2, "aquí": 2, "seguir": 2,
    "inmigración": 4, "información": 4, "evidencia": 4, "intención": 3,
    "denegar": 3, "recibo": 3, "correo": 3, "teléfono": 4, "llame": 2,
    "centro": 2, "contacto": 3, "abogado": 4, "gobierno": 3, "corte": 2,
    "fecha": 2, "límite": 3, "hora": 2, "horas": 2, "antes": 2, "después": 2,
    "nueva": 2, "nuevo": 2, "cuenta": 2, "línea": 3, "prueba": 2, "pruebas": 2,
    "identificación": 6, "pasaporte": 4, "foto": 2, "agente": 3, "causa": 2,
    "justificada": 5, "enfermedad": 4, "hospital": 3, "médico": 3,
    "viaje": 2, "boda": 2, "funeral": 3, "graduación": 3, "trabajo": 3,
    "cuidar": 2, "alguien": 2, "siempre": 2, "puede": 2, "pueden": 2,
    "tiene": 2, "tienen": 2, "semanas": 3, "semana": 3, "veces": 2, "vez": 1,
    "oficina": 4, "dirección": 3, "formulario": 4, "huella": 2, "ahora": 3,
    "caso": 2, "casos": 2, "asilo": 3, "negar": 2, "negó": 2, "moción": 2,
    "seis": 1, "veinte": 2, "treinta": 2, "cuatro": 2, "uno": 2, "diez": 1,
    "buey": 1, "guau": 1, "miau": 1, "estudiáis": 3, "ahí": 2, "baúl": 2,
    "aéreo": 4, "teatro": 3, "héroe": 3, "pingüino": 3, "cuidado": 3,
}


# --------------------------------------------------------------------------
# Portuguese: Flesch as adapted by Martins et al. (1996)
# --------------------------------------------------------------------------
SAMPLES_PT = dict(
    SAMPLES,
    date="10 de dezembro de 2026",
    title="Você se mudou depois de fazer o pedido?",
    month="dezembro",
    label="Central de Atendimento do USCIS",
)

PT_STRONG = set("aeoáéóâêôàãõ")
PT_WEAK = set("iu")
PT_VOWELS = set("aeiouáéíóúâêôàãõ")
# Diphthongs of two strong vowels: the nasal ão, ãe, õe, and ao (aos).
PT_STRONG_DIPHTHONGS = {"ão", "ãe", "õe", "ao"}

# Letter names, in syllables (u, és-se, cê, i: USCIS = 7).
PT_LETTERS = {
    "a": 1, "b": 1, "c": 1, "d": 1, "e": 1, "f": 2, "g": 1, "h": 2, "i": 1,
    "j": 2, "k": 1, "l": 2, "m": 2, "n": 2, "o": 1, "p": 1, "q": 1, "r": 2,
    "s": 2, "t": 1, "u": 1, "v": 1, "w": 3, "x": 1, "y": 3, "z": 1,
}
PT_SPOKEN_ACRONYMS = {"ICE": 1, "NOID": 1, "OPLA": 2, "DACA": 2}

PT_UNITS = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove",
            "dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete",
            "dezoito", "dezenove"]
PT_TENS = {20: "vinte", 30: "trinta", 40: "quarenta", 50: "cinquenta", 60: "sessenta",
           70: "setenta", 80: "oitenta", 90: "noventa", 100: "cem"}


def pt_number_words(n):
    """The Portuguese words of a whole number from 0 to 100."""
    if n < 20:
        return [PT_UNITS[n]]
    if n in PT_TENS:
        return [PT_TENS[n]]
    return [PT_TENS[n - n % 10], "e", PT_UNITS[n % 10]]


def pt_word_syllables(word):
    """Syllables of one Portuguese word (letters only), by vowel groups; see
    "Portuguese" at the top of this file for the rules."""
    w = word.lower()
    if not w:
        return 0
    # The u (or ü) after q or g glides into the vowel after it: qua-tro, á-gua, que.
    w = re.sub(r"(?<=[qg])[uü](?=[aeiouáéíóúâêô])", "", w)
    flags = [ch in PT_VOWELS or (ch == "y" and len(w) == 1) for ch in w]
    count = 0
    idx = 0
    while idx < len(w):
        if not flags[idx]:
            idx += 1
            continue
        j = idx
        while j < len(w) and flags[j]:
            j += 1
        group = w[idx:j]
        nuclei = 1
        for a, b in zip(group, group[1:]):
            if a + b in PT_STRONG_DIPHTHONGS:
                continue
            # A vowel then an unaccented i or u is a falling diphthong (sai,
            # seu, gra-tui-ta); any other pair is two syllables: two strong
            # vowels (po-e-ta, vo-o), an accented í or ú (pa-ís, sa-ú-de), or
            # an i or u before another vowel (di-a, bi-o-me-tri-a, su-a).
            if b in PT_WEAK and a != b:
                continue
            nuclei += 1
        count += nuclei
        idx = j
    return max(1, count)


def pt_number_syllables(digits):
    """A number in digits: its Portuguese name up to 100 (21 -> vin-te e um),
    digit by digit when longer (I-589)."""
    n = int(digits)
    if len(digits) <= 3 and n <= 100:
        return sum(pt_word_syllables(x) for x in pt_number_words(n))
    return sum(pt_word_syllables(PT_UNITS[int(d)]) for d in digits)


PT_TOKENS = {
    "upper": "A-ZÁÉÍÓÚÂÊÔÀÃÕÇÜ", "lower": "a-záéíóúâêôàãõçü", "punctuation": QUOTES, "thousands": ".",
    "number_syllables": pt_number_syllables, "acronyms": PT_SPOKEN_ACRONYMS, "letters": PT_LETTERS,
    "word_syllables": pt_word_syllables,
}


def pt_token_syllables(token):
    """Return (is_word, syllables) for one whitespace token of Portuguese text."""
    return spelled_token_syllables(token, PT_TOKENS)


def analyse_pt(text):
    """Return (sentences, words, syllables, Flesch reading ease for Portuguese)."""
    sentences, words, syllables = count(text, pt_token_syllables)
    if words == 0:
        return 0, 0, 0, 0.0
    score = 248.835 - 1.015 * words / sentences - 84.6 * syllables / words
    return sentences, words, syllables, score


# Portuguese words with their syllables (by the rules of Portuguese syllable division).
KNOWN_PT = {
    "você": 2, "seu": 1, "sua": 2, "agendamento": 5, "biometria": 5, "aviso": 3,
    "pedido": 3, "imigração": 4, "tribunal": 3, "advogado": 4, "poeta": 3, "voo": 2,
    "país": 2, "saúde": 3, "pão": 1, "mães": 1, "põe": 1, "sai": 1, "ciúme": 3,
    "que": 1, "quinze": 2, "guia": 2, "aqui": 2, "leia": 2, "dia": 2, "dias": 2,
    "prazo": 2, "carta": 2, "ligue": 2, "telefone": 4, "endereço": 4, "então": 2,
    "cidadania": 5, "ajuda": 3, "jurídica": 4, "gratuita": 3, "horário": 4,
    "documento": 4, "identidade": 5, "passaporte": 4, "semanas": 3, "leve": 2,
}


def self_test_pt():
    checks = [("USCIS", 7), ("ASC", 4), ("ICE", 1), ("I-589", 7), ("21", 4),
              ("15", 2), ("2026", 1), ("1-800-375-5283", 1), ("«Abrir»", 2)]
    misses, total = syllable_self_test("Portuguese syllable self-test", KNOWN_PT,
                                       pt_word_syllables, checks, pt_token_syllables)
    failures = 0
    s, w, y, score = analyse_pt("Vá ao seu agendamento. Leve o aviso.")
    # vá ao seu a-gen-da-men-to (1+1+1+5 = 8) / le-ve o a-vi-so (2+1+3 = 6):
    # 2 sentences, 7 words, 14 syllables: 248.835 - 1.015 * 3.5 - 84.6 * 2 = 76.08
    print(f"sample: {s} sentences, {w} words, {y} syllables, Flesch (pt) {score:.2f}")
    if (s, w, y) != (2, 7, 14) or abs(score - 76.08) > 0.01:
        print("  sample: want 2 sentences, 7 words, 14 syllables, 76.08")
        failures += 1
    if misses > total // 20:
        failures += 1
    return failures


def syllable_self_test(label, known, word_syllables_of, checks, token_syllables_of):
    """Checks the counters on known words and tokens; prints the misses.
    Returns (misses, total)."""
    bad = [(w, want, got) for w, want in known.items()
           if (got := word_syllables_of(w)) != want]
    bad += [(t, want, got) for t, want in checks
            if (got := token_syllables_of(t)[1]) != want]
    total = len(known) + len(checks)
    for word, want, got in bad:
        print(f"  {word}: want {want}, got {got}")
    print(f"{label}: {total - len(bad)}/{total} right")
    return len(bad), total


def self_test_es():
    checks = [("USCIS", 7), ("ASC", 4), ("TTY", 3), ("ICE", 1), ("RFE", 5),
              ("NOID", 1), ("myUSCIS", 8), ("my.uscis.gov", 4), ("I-589", 7),
              ("AR-11", 5), ("EOIR-33", 9), ("1-800-375-5283", 1), ("15", 2),
              ("21", 3), ("12", 2), ("33", 4), ("2026", 1), ("¿Ya", 1),
              ("(RFE).", 5), ("«Menú»", 2), ("averígüelo", 5)]
    misses, total = syllable_self_test("Spanish syllable self-test", KNOWN_ES,
                                       es_word_syllables, checks, es_token_syllables)
    failures = 0
    # Known scores: the formula on hand-counted texts.
    s, w, y, score = analyse_es("Vaya a su cita. Lleve su aviso.")
    # va-ya a su ci-ta (6) / lle-ve su a-vi-so (6): 2 sentences, 7 words, 12 syllables
    # 206.84 - 0.60 * 171.43 - 1.02 * 28.57 = 74.84
    print(f"sample: {s} sentences, {w} words, {y} syllables, Fernández-Huerta {score:.2f}")
    if (s, w, y) != (2, 7, 12) or abs(score - 74.84) > 0.01:
        print("  sample: want 2 sentences, 7 words, 12 syllables, 74.84")
        failures += 1
    s, w, y, score = analyse_es("Vaya a su cita. Lleve su aviso.", FH_WORDS_PER_SENTENCE)
    # 206.84 - 0.60 * 171.43 - 1.02 * 3.5 = 100.41
    if abs(score - 100.41) > 0.01:
        print(f"  words-per-sentence form: want 100.41, got {score:.2f}")
        failures += 1
    s, w, y, score = analyse_es("¿Ya pasó la hora de su cita? Llame al 1-800-375-5283 el 10 de diciembre de 2026.")
    # ya pa-só la ho-ra de su ci-ta = 10 syllables, 7 words;
    # lla-me al [phone] el diez de di-ciem-bre de [year] = 12 syllables, 9 words
    if (s, w, y) != (2, 16, 22):
        print(f"  sample 2: want 2 sentences, 16 words, 22 syllables; got {s}, {w}, {y}")
        failures += 1
    if misses > total // 20:
        failures += 1
    return failures


# --------------------------------------------------------------------------
# Self-test of the syllable heuristic
# --------------------------------------------------------------------------
KNOWN = {
    "the": 1, "you": 1, "your": 1, "yes": 1, "day": 1, "they": 1, "date": 1,
    "time": 1, "times": 1, "notice": 2, "notices": 3, "office": 2, "table": 2,
    "people": 2, "simple": 2, "while": 1, "file": 1, "schedule": 2,
    "reschedule": 3, "rescheduled": 3, "asked": 1, "mailed": 1, "needed": 2,
    "wanted": 2, "used": 1, "missed": 1, "called": 1, "denied": 2, "moved": 1,
    "makes": 1, "changes": 2, "cases": 2, "judges": 2, "takes": 1, "types": 1,
    "goes": 1, "going": 2, "doing": 2, "saying": 2, "buying": 2, "anyone": 3,
    "lawyer": 2, "beyond": 2, "everyone": 3, "immigration": 4,
    "application": 4, "applications": 4, "biometrics": 4, "appointment": 3,
    "fingerprints": 3, "fingerprint": 3, "situation": 4, "actual": 3,
    "usual": 3, "language": 2, "media": 3, "special": 2, "official": 3,
    "period": 3, "radio": 3, "action": 2, "decision": 3, "region": 2,
    "option": 2, "information": 4, "questions": 2, "evidence": 3,
    "request": 2, "receipt": 2, "number": 2, "letter": 2, "court": 1,
    "judge": 1, "hearing": 2, "address": 2, "online": 2, "account": 2,
    "phone": 1, "call": 1, "center": 2, "contact": 2, "early": 2,
    "minutes": 2, "before": 2, "after": 2, "every": 3, "copy": 2,
    "proof": 1, "reason": 2, "travel": 2, "wedding": 2, "funeral": 3,
    "graduation": 4, "transportation": 4, "caring": 2, "hospital": 3,
    "doctor": 2, "ticket": 2, "decide": 2, "decides": 2, "answer": 2,
    "deadline": 2, "printed": 2, "abandoned": 3, "motion": 2, "reopen": 3,
    "decision's": 3, "free": 1, "legal": 2, "nonprofit": 3, "help": 1,
    "case": 1, "status": 2, "week": 1, "weeks": 1, "mail": 1, "longer": 2,
    "update": 2, "updated": 3, "pending": 2, "change": 1, "changed": 1,
    "government": 3, "instructions": 3, "exactly": 3, "written": 2,
    "again": 2, "create": 2, "agent": 2, "agent's": 2, "screenshot": 2,
    "stamped": 1, "stamps": 1, "proves": 1, "optional": 3, "explain": 2,
    "explains": 2, "today": 2, "tomorrow": 3, "sure": 1, "safe": 1,
    "valid": 2, "passport": 2, "expired": 2, "certificate": 4, "school": 1,
    "photo": 2, "weapons": 2, "cameras": 3, "camera": 3, "food": 1,
}


def self_test():
    checks = [("USCIS", 5), ("ASC", 3), ("TTY", 3), ("ID", 2), ("ICE", 1),
              ("myUSCIS", 6), ("A-Number", 3), ("I-589", 4), ("AR-11", 5),
              ("1-800-375-5283", 1), ("15", 2), ("21", 3), ("2026", 1),
              ("my.uscis.gov", 4), ("EOIR-33", 7), ("don't", 1)]
    misses, total = syllable_self_test("syllable self-test", KNOWN, word_syllables,
                                       checks, token_syllables)
    s, w, y, g = analyse("The cat sat on the mat. It was happy.")
    print(f"sample: {s} sentences, {w} words, {y} syllables, grade {g:.2f}")
    return 0 if misses <= total // 20 else 1


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------
def load(locale_dir):
    raw = {}
    files = sorted(f for f in os.listdir(locale_dir) if f.endswith(".ftl"))
    if not files:
        raise FtlError(f"no .ftl files in {locale_dir}")
    for name in files:
        path = os.path.join(locale_dir, name)
        for key, (value, no) in read_messages(path).items():
            if key in raw:
                raise FtlError(f"{path}:{no}: {key} is also defined in another file")
            raw[key] = (value, f"{path}:{no}")
    parsed = {}
    for key, (value, where) in raw.items():
        parsed[key] = parse_value(value, f"{where} ({key})")
    return parsed, files


def language_of(locale_dir):
    """The language code of a locale folder, from its name: locales/es -> es."""
    name = os.path.basename(os.path.normpath(os.path.abspath(locale_dir)))
    return re.split(r"[-_]", name)[0].lower()


def main(argv):
    import argparse

    ap = argparse.ArgumentParser(
        description="Readability of Huella's step texts: Flesch-Kincaid grade for English (locales/en), "
                    "Fernández-Huerta reading ease for Spanish (locales/es), Flesch as adapted by "
                    "Martins et al. for Portuguese (locales/pt). The language is the folder name.")
    ap.add_argument("locale_dir", nargs="?", default=None, help="folder of .ftl files (default: locales/en)")
    ap.add_argument("--max", type=float, default=6.0,
                    help="English: highest grade allowed for a step body (default 6.0)")
    ap.add_argument("--min", type=float, default=None,
                    help="Spanish and Portuguese: lowest score allowed for a step body "
                         "(default 70 for Fernández-Huerta, 50 for Portuguese Flesch)")
    ap.add_argument("--fh-words-per-sentence", action="store_true",
                    help="Spanish: use words per sentence for F (Law 2011) instead of sentences per 100 words")
    ap.add_argument("--all", action="store_true", help="also print the score of every other message")
    ap.add_argument("--verbose", action="store_true", help="print the text of each variant")
    ap.add_argument("--self-test", action="store_true", help="check the syllable counters on known words")
    opts = ap.parse_args(argv)
    if opts.self_test:
        rc = self_test()
        rc |= 1 if self_test_es() else 0
        rc |= 1 if self_test_pt() else 0
        return rc
    verbose = opts.verbose
    show_all = opts.all
    locale_dir = opts.locale_dir
    if locale_dir is None:
        locale_dir = "locales/en"
        if not os.path.isdir(locale_dir):
            # run from elsewhere: the folder beside tools/
            locale_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "locales", "en")
    lang = language_of(locale_dir)
    if lang == "en":
        samples = SAMPLES
        measure = analyse
        limit = opts.max
        too_hard = lambda score: score > limit  # noqa: E731
        metric = "grade"
        heading = f"Flesch-Kincaid grade, {{where}}; limit for step bodies: {limit:.1f}"
        flag_text = "above limit"
    elif lang == "es":
        samples = SAMPLES_ES
        f_mode = FH_WORDS_PER_SENTENCE if opts.fh_words_per_sentence else FH_SENTENCES_PER_100_WORDS
        measure = lambda text: analyse_es(text, f_mode)  # noqa: E731
        limit = opts.min if opts.min is not None else 70.0
        too_hard = lambda score: score < limit  # noqa: E731
        metric = "score"
        heading = (f"Fernández-Huerta reading ease (F = {f_mode.replace('-', ' ')}), {{where}}; "
                   f"lowest score for step bodies: {limit:.1f}")
        flag_text = "below limit"
    elif lang == "pt":
        samples = SAMPLES_PT
        measure = analyse_pt
        limit = opts.min if opts.min is not None else 50.0
        too_hard = lambda score: score < limit  # noqa: E731
        metric = "score"
        heading = (f"Flesch reading ease for Portuguese (Martins et al. 1996), {{where}}; "
                   f"lowest score for step bodies: {limit:.1f}")
        flag_text = "below limit"
    else:
        print(f"error: no readability formula for language {lang!r} (folder {locale_dir}); "
              f"known: en (Flesch-Kincaid), es (Fernández-Huerta), pt (Flesch, Martins et al.). "
              f"Haitian Creole (ht) and Chinese (zh) have no validated formula of this kind, "
              f"nor has Arabic (ar)", file=sys.stderr)
        return 2
    try:
        messages, files = load(locale_dir)
    except (FtlError, OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2

    print(heading.format(where=f"{locale_dir} ({', '.join(files)})"))
    steps = []
    for key in messages:
        m = re.fullmatch(r"step-(.+)-title", key)
        if m:
            steps.append(m.group(1))
    body_scores = []
    over = []
    unknown_all = set()
    for step in steps:
        print(f"\n{step}")
        for part in ("title", "body", "say", "ready"):
            key = f"step-{step}-{part}"
            if key not in messages:
                if part in ("title", "body"):
                    print(f"  {part}: MISSING")
                    over.append((key, "missing", 99.0 if lang == "en" else -99.0))
                continue
            variants, unknown = expand(key, messages, samples)
            unknown_all |= unknown
            for text, label in variants:
                s, w, y, g = measure(text)
                flag = ""
                if part == "body":
                    body_scores.append(g)
                    if too_hard(g):
                        flag = f"  <-- {flag_text}"
                        over.append((key, label, g))
                print(f"  {part:<5} {g:5.1f}  ({s} sent., {w} words, {y / max(w, 1):.2f} syl/word)"
                      f"{'  [' + label + ']' if label else ''}{flag}")
                if verbose:
                    print(f"        {text}")

    if show_all:
        print("\nOther messages (informational):")
        for key in messages:
            if key.startswith("step-"):
                continue
            variants, unknown = expand(key, messages, samples)
            unknown_all |= unknown
            for text, label in variants:
                s, w, y, g = measure(text)
                print(f"  {key:<44} {g:5.1f}{'  [' + label + ']' if label else ''}")
                if verbose:
                    print(f"        {text}")

    if unknown_all:
        print(f"\nwarning: no sample value for: {', '.join(sorted(unknown_all))}")
    if not body_scores:
        print("error: no step bodies found", file=sys.stderr)
        return 2
    mean = sum(body_scores) / len(body_scores)
    if lang == "en":
        print(f"\nstep bodies: {len(body_scores)} variants in {len(steps)} steps; "
              f"mean grade {mean:.2f}, max grade {max(body_scores):.2f} (limit {limit:.1f})")
    else:
        print(f"\nstep bodies: {len(body_scores)} variants in {len(steps)} steps; "
              f"mean score {mean:.2f}, min score {min(body_scores):.2f} (lowest allowed {limit:.1f})")
    if over:
        word = "above grade" if lang == "en" else "below score"
        print(f"FAIL: {len(over)} step body variant(s) {word} {limit:.1f}:")
        for key, label, g in over:
            print(f"  {key} [{label}] {g:.1f}")
        return 1
    if lang == "en":
        print("OK: every step body variant is at or below the limit")
    else:
        print("OK: every step body variant is at or above the limit")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
