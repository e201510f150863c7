"""Substances, prescribed medication, medical history and natural-death presentations.

``SUBSTANCES`` lists drugs (and alcohol, and medicines that are misused or taken in
overdose) as they appear at a death scene: the names users and witnesses call them,
the container an officer would find, and the usual route. ``street_names`` is never
empty; for licit medicines it holds the lay names a witness would use.

``chemsex`` marks the drugs that define chemsex (GHB/GBL, mephedrone and crystal
methamphetamine). GHB comes first, and generators that want "a chemsex drug" take
the first chemsex entry.

The medical phrases name no doctor, surgery or hospital.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Substance:
    name: str
    street_names: tuple[str, ...]
    chemsex: bool
    container: str
    route: str  # one of ROUTES


ROUTES: tuple[str, ...] = ("oral", "injected", "smoked", "snorted")

SUBSTANCES: tuple[Substance, ...] = (
    Substance("GHB", ("G", "gina", "liquid ecstasy", "geebs"), True, "small clear plastic bottle", "oral"),
    Substance("GBL", ("G", "gina", "blue"), True, "small brown glass bottle with a pipette", "oral"),
    Substance(
        "mephedrone", ("meow meow", "M-Cat", "drone", "bubble"), True, "small grip-seal bag", "snorted"
    ),
    Substance(
        "crystal methamphetamine",
        ("Tina", "crystal", "ice", "meth"),
        True,
        "glass pipe and small grip-seal bag",
        "smoked",
    ),
    Substance("ketamine", ("K", "ket", "special K", "donkey dust"), False, "paper wrap", "snorted"),
    Substance("cocaine", ("coke", "charlie", "sniff", "powder"), False, "paper wrap", "snorted"),
    Substance("crack cocaine", ("crack", "rock", "white", "stones"), False, "cling-film wrap", "smoked"),
    Substance("heroin", ("brown", "gear", "smack", "H"), False, "syringe", "injected"),
    Substance("fentanyl", ("fent", "china white"), False, "syringe", "injected"),
    Substance(
        "methadone", ("done", "juice", "script", "green"), False, "small brown pharmacy bottle", "oral"
    ),
    Substance("alcohol", ("drink", "booze", "bevvy", "cans"), False, "can", "oral"),
    Substance("zopiclone", ("zopes", "zimmers", "sleepers"), False, "blister pack", "oral"),
    Substance("pregabalin", ("gabbies", "buds", "budgies", "pregabs"), False, "blister pack", "oral"),
    Substance("gabapentin", ("gabbies", "gabas"), False, "blister pack", "oral"),
    Substance("diazepam", ("vallies", "blues", "diazzies", "street Valium"), False, "blister pack", "oral"),
    Substance(
        "etizolam", ("etiz", "street benzos", "blues"), False, "small grip-seal bag of tablets", "oral"
    ),
    Substance("tramadol", ("trammies", "trams"), False, "blister pack", "oral"),
    Substance("insulin", ("insulin", "injections", "the pen"), False, "insulin pen", "injected"),
    Substance(
        "synthetic cannabinoids", ("spice", "mamba", "black mamba"), False, "small foil packet", "smoked"
    ),
    Substance("cannabis", ("weed", "skunk", "green", "bud"), False, "small grip-seal bag", "smoked"),
)

PRESCRIBED_MEDICATION: tuple[str, ...] = (
    "sertraline",
    "citalopram",
    "fluoxetine",
    "mirtazapine",
    "amitriptyline",
    "amlodipine",
    "ramipril",
    "bisoprolol",
    "atorvastatin",
    "simvastatin",
    "metformin",
    "gliclazide",
    "levothyroxine",
    "omeprazole",
    "lansoprazole",
    "salbutamol inhaler",
    "fluticasone inhaler",
    "warfarin",
    "apixaban",
    "quetiapine",
    "olanzapine",
    "aripiprazole",
    "lithium",
    "sodium valproate",
    "levetiracetam",
    "co-codamol",
    "naproxen",
    "furosemide",
    "prednisolone",
    "buprenorphine",
)

MEDICAL_HISTORY: tuple[str, ...] = (
    "type 2 diabetes",
    "type 1 diabetes, insulin dependent",
    "COPD",
    "asthma",
    "high blood pressure",
    "heart disease",
    "heart disease, GP aware",
    "previous heart attack",
    "atrial fibrillation",
    "heart failure",
    "history of depression",
    "anxiety and depression",
    "bipolar disorder",
    "schizophrenia, under the community mental health team",
    "alcohol dependency",
    "heroin dependency, on a methadone script",
    "epilepsy",
    "previous stroke",
    "chronic kidney disease",
    "liver cirrhosis",
    "hepatitis C",
    "HIV, on antiretroviral medication",
    "cancer, under palliative care",
    "dementia",
    "Parkinson's disease",
    "previous overdoses",
    "history of self-harm",
    "sleep apnoea",
    "chronic back pain",
    "multiple sclerosis",
    "recently discharged from hospital",
    "no known medical history",
)

CAUSES_NATURAL: tuple[str, ...] = (
    "collapsed in bathroom",
    "found in bed, appeared to have died in sleep",
    "found slumped in armchair with the television on",
    "found on the kitchen floor",
    "collapsed in the street and could not be revived",
    "had complained of chest pains the evening before",
    "found on the bathroom floor beside the toilet",
    "found on the floor between the bed and the wall",
    "found sitting upright on the sofa",
    "collapsed at a bus stop",
    "found by carer on the morning visit",
    "neighbours noticed post building up behind the door",
    "collapsed while walking the dog",
    "collapsed in the garden",
    "had been unwell with breathing difficulties for several days",
    "found by family who had been unable to reach them by phone",
    "died shortly after paramedics arrived",
    "found in the car outside the address, engine off",
)
