#!/usr/bin/env python3
"""Readability check for Huella's English texts (standard library only).

Usage:
    python3 tools/readability.py [LOCALE_DIR] [--all] [--verbose] [--max GRADE]
    python3 tools/readability.py --self-test

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


def render(pattern, assignment, messages, unknown, seen=()):
    out = []
    for el in pattern:
        kind = el[0]
        if kind == "text":
            out.append(el[1])
        elif kind == "var":
            name = el[1]
            if name not in SAMPLES:
                unknown.add(name)
            out.append(SAMPLES.get(name, "sample"))
        elif kind == "msg":
            if el[1] not in messages or el[1] in seen:
                unknown.add(el[1])
                continue
            out.append(render(messages[el[1]], assignment, messages, unknown, seen + (el[1],)))
        elif kind == "select":
            value = assignment.get(el[1], OTHER)
            chosen = None
            for key, default, body in el[2]:
                if key == value:
                    chosen = body
            if chosen is None:
                chosen = next(body for key, default, body in el[2] if default)
            out.append(render(chosen, assignment, messages, unknown, seen))
    return "".join(out)


def expand(msg_id, messages):
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
        text = render(pattern, assignment, messages, unknown)
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


def analyse(text):
    """Return (sentences, words, syllables, grade)."""
    pieces = [p for p in SENTENCE_END.split(text.strip()) if p.strip()]
    sentences = 0
    words = 0
    syllables = 0
    for piece in pieces:
        counted = False
        for tok in piece.split():
            is_word, syl = token_syllables(tok)
            if is_word:
                words += 1
                syllables += syl
                counted = True
        if counted:
            sentences += 1
    if words == 0:
        return 0, 0, 0, 0.0
    grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59
    return sentences, words, syllables, grade


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
    bad = []
    for word, want in KNOWN.items():
        got = word_syllables(word)
        if got != want:
            bad.append((word, want, got))
    checks = [("USCIS", 5), ("ASC", 3), ("TTY", 3), ("ID", 2), ("ICE", 1),
              ("myUSCIS", 6), ("A-Number", 3), ("I-589", 4), ("AR-11", 5),
              ("1-800-375-5283", 1), ("15", 2), ("21", 3), ("2026", 1),
              ("my.uscis.gov", 4), ("EOIR-33", 7), ("don't", 1)]
    for tok, want in checks:
        got = token_syllables(tok)[1]
        if got != want:
            bad.append((tok, want, got))
    total = len(KNOWN) + len(checks)
    for word, want, got in bad:
        print(f"  {word}: want {want}, got {got}")
    print(f"syllable self-test: {total - len(bad)}/{total} right")
    s, w, y, g = analyse("The cat sat on the mat. It was happy.")
    print(f"sample: {s} sentences, {w} words, {y} syllables, grade {g:.2f}")
    return 0 if len(bad) <= total // 20 else 1


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


def main(argv):
    import argparse

    ap = argparse.ArgumentParser(description="Flesch-Kincaid grades of Huella's English step texts.")
    ap.add_argument("locale_dir", nargs="?", default=None, help="folder of .ftl files (default: locales/en)")
    ap.add_argument("--max", type=float, default=6.0, help="highest grade allowed for a step body (default 6.0)")
    ap.add_argument("--all", action="store_true", help="also print the grade of every other message")
    ap.add_argument("--verbose", action="store_true", help="print the text of each variant")
    ap.add_argument("--self-test", action="store_true", help="check the syllable counter on known words")
    opts = ap.parse_args(argv)
    if opts.self_test:
        return self_test()
    limit = opts.max
    verbose = opts.verbose
    show_all = opts.all
    locale_dir = opts.locale_dir
    if locale_dir is None:
        locale_dir = "locales/en"
        if not os.path.isdir(locale_dir):
            # run from elsewhere: the folder beside tools/
            locale_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "locales", "en")
    try:
        messages, files = load(locale_dir)
    except (FtlError, OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2

    print(f"Flesch-Kincaid grade, {locale_dir} ({', '.join(files)}); limit for step bodies: {limit:.1f}")
    steps = []
    for key in messages:
        m = re.fullmatch(r"step-(.+)-title", key)
        if m:
            steps.append(m.group(1))
    body_grades = []
    over = []
    unknown_all = set()
    for step in steps:
        print(f"\n{step}")
        for part in ("title", "body", "say", "ready"):
            key = f"step-{step}-{part}"
            if key not in messages:
                if part in ("title", "body"):
                    print(f"  {part}: MISSING")
                    over.append((key, "missing", 99.0))
                continue
            variants, unknown = expand(key, messages)
            unknown_all |= unknown
            for text, label in variants:
                s, w, y, g = analyse(text)
                flag = ""
                if part == "body":
                    body_grades.append(g)
                    if g > limit:
                        flag = "  <-- above limit"
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
            variants, unknown = expand(key, messages)
            unknown_all |= unknown
            for text, label in variants:
                s, w, y, g = analyse(text)
                print(f"  {key:<44} {g:5.1f}{'  [' + label + ']' if label else ''}")
                if verbose:
                    print(f"        {text}")

    if unknown_all:
        print(f"\nwarning: no sample value for: {', '.join(sorted(unknown_all))}")
    if not body_grades:
        print("error: no step bodies found", file=sys.stderr)
        return 2
    mean = sum(body_grades) / len(body_grades)
    print(f"\nstep bodies: {len(body_grades)} variants in {len(steps)} steps; "
          f"mean grade {mean:.2f}, max grade {max(body_grades):.2f} (limit {limit:.1f})")
    if over:
        print(f"FAIL: {len(over)} step body variant(s) above grade {limit:.1f}:")
        for key, label, g in over:
            print(f"  {key} [{label}] {g:.1f}")
        return 1
    print("OK: every step body variant is at or below the limit")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
