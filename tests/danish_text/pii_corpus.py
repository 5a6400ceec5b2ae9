"""A generated corpus of help-seeking messages that carry personal data, for the redaction
tests: 600 messages from templates in three registers (citizen, relative, staff note),
each with the identifying strings it holds (`secrets`, none may survive) and what the
dialogue needs (`keep`: ages, postcodes, relation words, which must survive).

Every value is made up here (names from common Danish first names, CPR numbers that need
not pass the modulus-11 check, numbers that belong to no one).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

FIRST = ["Mette", "Anne", "Kirsten", "Hanne", "Susanne", "Lene", "Marianne", "Camilla", "Louise", "Sofie",
         "Ida", "Emma", "Freja", "Maja", "Fatima", "Aisha", "Zeynep", "Kasia", "Lars", "Peter", "Jens",
         "Michael", "Henrik", "Thomas", "Søren", "Mads", "Rasmus", "Oliver", "Noah", "William", "Lucas",
         "Ahmad", "Ali", "Mohammed", "Piotr", "Jonas", "Frederik", "Anne-Marie", "Karl-Emil", "Bjørn"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Hassan", "Yilmaz", "Nowak"]
STREETS = ["Nørrebrogade", "Amagerbrogade", "Jagtvej", "Istedgade", "Frederikssundsvej", "Tomsgårdsvej",
           "Valby Langgade", "Sundholmsvej", "Rådhuspladsen", "Bispebjerg Bakke", "Tingbjerg Allé",
           "Strandvejen", "Folehaven", "Sjælør Boulevard", "Grøndals Parkvej", "Ørestads Boulevard"]
TOWNS = [("2200", "København N"), ("2300", "København S"), ("2400", "København NV"), ("2500", "Valby"),
         ("1620", "København V"), ("2450", "København SV"), ("2700", "Brønshøj"), ("2100", "København Ø")]
SCHOOLS = ["Katrinedals Skole", "Lundehusskolen", "Ørestad Gymnasium", "Tingbjerg Skole", "Sankt Annæ Gymnasium",
           "Nørrebro Park Skole", "Solbakken Børnehave", "Valby Vuggestue", "Hanssted Skole", "Kildevældsskolen"]
RELATIONS = ["søn", "datter", "mand", "kone", "kæreste", "bror", "søster", "mor", "far", "veninde"]


def _cpr(rng: random.Random) -> str:
    day, month, year, tail = rng.randint(1, 28), rng.randint(1, 12), rng.randint(0, 99), rng.randint(0, 9999)
    sep = rng.choice(["-", "–", "/", "", " ", " - "])
    return f"{day:02d}{month:02d}{year:02d}{sep}{tail:04d}"


def _phone(rng: random.Random) -> str:
    d = f"{rng.randint(20, 99)}{rng.randint(0, 999999):06d}"
    form = rng.choice(["{0}{1} {2}{3} {4}{5} {6}{7}", "{0}{1}{2}{3}{4}{5}{6}{7}", "+45 {0}{1}{2}{3}{4}{5}{6}{7}",
                       "{0}{1}.{2}{3}.{4}{5}.{6}{7}", "{0}{1}{2}{3} {4}{5}{6}{7}"])
    return form.format(*d)


def _email(rng: random.Random, first: str) -> str:
    user = first.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + str(rng.randint(1, 99))
    domain = rng.choice(["gmail", "hotmail", "live", "mail"])
    return rng.choice([f"{user}@{domain}.com", f"{user} (at) {domain}.dk", f"{user} snabel-a {domain} punktum dk",
                       f"{user}[at]{domain}.com", f"{user} at {domain}.dk"])


@dataclass
class Item:
    text: str
    secrets: list[str]
    keep: list[str] = field(default_factory=list)


def _templates(rng: random.Random) -> Item:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    child = rng.choice([n for n in FIRST if n != first])
    age = str(rng.randint(3, 17))
    adult_age = str(rng.randint(19, 88))
    relation = rng.choice(RELATIONS)
    street = f"{rng.choice(STREETS)} {rng.randint(1, 140)}{rng.choice(['', 'B', ', 2. tv', ', st. th', ', 4.'])}"
    postcode, town = rng.choice(TOWNS)
    cpr, phone, email = _cpr(rng), _phone(rng), _email(rng, first)
    school = rng.choice(SCHOOLS)
    reg, account = f"{rng.randint(1000, 9999)}", f"{rng.randint(10**7, 10**10 - 1)}"
    plate = f"{rng.choice(['AB', 'CX', 'DK', 'ZU'])} {rng.randint(10, 99)} {rng.randint(100, 999)}"
    case = f"{rng.choice(['2024', '2025', '2026'])}-{rng.randint(10000, 99999)}"
    passport = f"{rng.randint(100000000, 999999999)}"
    choices = [
        Item(f"Hej, jeg hedder {first} og er {adult_age} år. Min {relation} drikker hver dag. Mit cpr er {cpr}.",
             [first, cpr], [adult_age, relation]),
        Item(f"mit navn er {first.lower()} {last}, jeg bor på {street}, {postcode} {town} og har fået en udsættelse",
             [first.lower(), last, street.split(",")[0]], [postcode]),
        Item(f"Min {relation} {child} har det skidt. Du kan ringe på {phone}.\nHilsen {first}",
             [child, phone, first], [relation]),
        Item(f"Min søn {child} på {age} går på {school} og ryger hash. Skriv til {email}",
             [child, school, email.split()[0]], ["søn", age]),
        Item(f"borger {adult_age} år, {first} {last}, cpr {cpr}, tlf {phone}, uden bolig, misbrug",
             [first, last, cpr, phone], [adult_age]),
        Item(f"Jeg skylder penge. Reg.nr {reg} kontonr {account}. Sagsnr. {case}. Kan I hjælpe?\nMvh {first} {last}",
             [account, case, first, last], []),
        Item(f"Naboen kører rundt i en bil med nummerplade {plate} og råber ad mig. Jeg er {adult_age}.",
             [plate], [adult_age]),
        Item(f"I need help, my name is {first} {last}, passport {passport}, phone {phone}",
             [first, last, passport, phone], []),
        Item(f"pædagog: dreng {age}, {child}, {school}, virker sulten og træt. Mor {first} tlf {phone}",
             [child, school, first, phone], [age]),
        Item(f"Min datter {child} på {age} bliver mobbet på {school}. Vi bor {street}.\n\n{first} {last}",
             [child, school, street.split(",")[0], first, last], [age]),
        Item(f"jeg er {first} og jeg er {age}. min far slår mig. CPR-nr.: {cpr}",
             [first, cpr], [age, "far"]),
        Item(f"Sundhedskort nr {passport}, personnummer {cpr}. Jeg har brug for hjælp til gæld.",
             [passport, cpr], []),
    ]
    return rng.choice(choices)


def corpus(n: int = 600, seed: int = 2026) -> list[Item]:
    rng = random.Random(seed)
    return [_templates(rng) for _ in range(n)]
