"""Evasions: 22 puzzle encodings x 3 secret types, each text states its rule in words."""
import random
import re

import common273 as C
import enc273 as E
import world273 as W

RULES = {
    "tenpin_strike_spare_bonus": "as ten-pin bowling games written frame by frame (a digit is the pins knocked down by one ball, - is no pins, X a strike, / a spare; the tenth frame also shows its bonus balls): a strike scores 10 plus the pins of the next two balls, a spare 10 plus the pins of the next ball, any other frame the pins of its two balls; the game's total score is a character code (ASCII); games are separated by ' | '",
    "oche_bust_checkout_remainder": "as darts legs written 'start S: visits' (visits separated by ', ', darts by spaces; S5 is a single 5, D5 a double 5, T5 a treble 5, SB the outer bull 25, DB the bull 50, which counts as a double, M a miss): each dart is taken off the score in turn; if a dart would leave 1, take the score below 0, or bring it to exactly 0 with a dart that is not a double, the visit is bust: it ends at that dart and the score goes back to what it was before the visit; the score left after the last visit is a character code (ASCII); legs are separated by ' | '",
    "cribbage_fifteens_nobs_crib": "as cribbage hands written 'four cards / starter' (ranks A 2-9 T J Q K, suits C D H S; hands separated by '; '): each hand scores 2 for every different group of its five cards (starter included) whose values add up to 15 (A is 1, T J Q K are 10), 2 for every pair of cards of the same rank, for the longest run of three or more consecutive ranks its length once for every different set of cards that makes it, 4 if the four hand cards share a suit (5 if the starter does too), and 1 for a jack in the hand of the starter's suit; the scores of the hands add up to a character code (ASCII); deals are separated by ' | '",
    "taut_twine_apex_pegs": "as peg boards written 'label@x,y' (pegs at whole-number points): stretch a loop of twine tightly round all the pegs; the labels of the pegs the twine bends round (the corners; a peg lying on a straight stretch between two corners does not count, nor does any peg inside) add up to a character code (ASCII); boards are separated by ' | '",
    "shoelace_plot_enclosure": "as plots written as their corner points x,y in order round the boundary (metres; the boundary never crosses itself): the area of the plot in square metres is a character code (ASCII); plots are separated by ' | '",
    "upslope_stone_hop_heft": "as rows of stepping stones written as their heights from left to right: a walker crosses from left to right and may step only onto a stone higher than the last stone stepped on, skipping any stones; the greatest possible sum of the heights of the stones stepped on is a character code (ASCII); rows are separated by ' | '",
    "cookie_jar_dispatch_scope": "as requests written 'GET url: n=domain path flags; ...' (each stored cookie has a number, the domain it was set for, its path and the optional flags S, secure, and X, expired): a cookie is sent when it is not expired, when (if it is secure) the request is https, when the request host equals its domain (a domain starting with '.' also matches every host that ends in it, and the same domain without the dot) and when the request path equals the cookie path or begins with it followed by '/' (a cookie path ending in '/' matches every path that begins with it); the numbers of the cookies sent add up to a character code (ASCII); requests are separated by ' | '",
    "refcount_release_cascade": "as heaps written '*a>b,c; b>c; ...; drop a,...' (each object is a number, then '>' and the objects it points to; '*' means the program also holds one reference to it): an object's count is the number of pointers to it plus the program's reference; the program then gives up its reference to each dropped object in turn, taking one off its count; an object whose count reaches 0 is freed and every pointer it held goes, taking one off each object it pointed to (which may free those too); objects that keep each other in a loop are never freed; the numbers of all freed objects add up to a character code (ASCII); heaps are separated by ' | '",
    "reno_congestion_cwnd_trace": "as connection traces written 'cwnd W, ssthresh T: events' (window and threshold in segments; a number before an event repeats it): a (a round trip with everything acknowledged) doubles the window while it is below the threshold, but never past the threshold, and otherwise adds 1; d (three duplicate acknowledgements) sets the threshold to half the window, rounded down but at least 2, and the window to the new threshold; t (a timeout) sets the threshold the same way and the window to 1; the window after the last event is a character code (ASCII); traces are separated by ' | '",
    "kiln_ramp_soak_dial": "as oven programs written 'from T: steps; read at M' (the oven is at T degrees at minute 0; rR>X ramps at R degrees per minute up or down to X degrees; hN holds for N minutes; the steps run in order): the temperature at minute M is a character code (ASCII); programs are separated by ' | '",
    "highbar_countback_champion": "as high-jump result sheets written 'heights ...: bib marks; ...' (one mark per bar height in rising order: o cleared at the first try, xo at the second, xxo at the third, xxx eliminated, - passed): the winner is the jumper who cleared the greatest height; on a tie, the one with fewer failures (x) at that height; if still tied, the one with fewer failures in the whole competition; the winner's bib number is a character code (ASCII); sheets are separated by ' | '",
    "orienteering_mispunch_fastest": "as orienteering results written 'course a-b-c: runner=minutes punches; ...' (the punches are the control numbers each runner's card recorded, in order): a runner's time counts only if the course controls appear among the punches in the course order (extra punches anywhere are allowed; a missing control or one punched out of order disqualifies); the time of the fastest runner whose time counts is a character code (ASCII); results are separated by ' | '",
    "pole_ant_ultimate_tumble": "as poles written 'pole L: ants' (a pole L centimetres long; each ant is written as its distance in centimetres from the left end followed by > if it walks right or < if it walks left; ants walk 1 cm per second; when two ants meet both turn round at once; an ant that walks off an end falls): the number of seconds until the last ant falls is a character code (ASCII); poles are separated by ' | '",
    "cake_slice_envy_minimum": "as rows of performers written as the number of lines each has, in the order they stand: every performer gets at least one slice of cake, and a performer with more lines than a performer standing right next to them must get more slices than that neighbour; the smallest number of slices that does this is a character code (ASCII); rows are separated by ' | '",
    "trailer_chair_maximin_newcomer": "as trailer logs written 'N chairs: events' (chairs numbered 0 to N-1 in a row; + an artist arrives, -k the artist in chair k leaves): an arriving artist takes the free chair farthest from the nearest occupied chair (chair 0 when every chair is free; on a tie the lowest-numbered chair); the chair taken at the last arrival is a character code (ASCII); logs are separated by ' | '",
    "docker_layer_rebuild_stopwatch": "as build logs written 'stage: step seconds, ...; stage: ...' (steps in build order; * marks a step whose inputs changed since the last build; COPY<A copies files from stage A): a step is rebuilt if it is marked *, if an earlier step of its own stage was rebuilt, or if it copies from a stage in which any step was rebuilt; the seconds of all rebuilt steps add up to a character code (ASCII); logs are separated by ' | '",
    "reagent_molecule_atom_census": "as chemical formulas (an element is a capital letter, sometimes followed by a small letter; a number after an element or after a closing bracket multiplies it; a part after '·' is added to the rest, multiplied by the number it starts with): the total number of atoms in one formula unit is a character code (ASCII); formulas are separated by ' | '",
    "risk_dice_skirmish_armies": "as battle logs written 'attacker A: rolls' (the attacker starts with A armies; each roll is the attacker's dice, v, the defender's dice): in each roll the attacker's highest die is compared with the defender's highest, and the second highest with the second highest when both rolled at least two; every comparison the attacker does not win outright (a tie goes to the defender) costs the attacker one army; the armies the attacker has left after the last roll are a character code (ASCII); logs are separated by ' | '",
    "semver_caret_tilde_shelf": "as release shelves written 'range R: version=size ...' (^a.b.c matches versions at or above a.b.c that keep the first non-zero number of a.b.c and everything before it, so ^0.0.c matches only 0.0.c; ~a.b.c matches versions at or above a.b.c that keep a.b; a version with a '-tag' is a pre-release and never matches): the size of the highest version that matches is a character code (ASCII); shelves are separated by ' | '",
    "paddock_enclosed_stake": "as paddock plans written 'fence x,y ...; posts label@x,y ...' (the fence runs through the corner points in order and closes back to the first; no post stands on the fence): exactly one post is inside the paddock, and its label is a character code (ASCII); plans are separated by ' | '",
    "gcode_extruder_filament_yield": "as printer programs written as G-code lines separated by '; ' (the printer starts in absolute mode at E position 0; M82 switches to absolute mode, where an E value is the position to go to; M83 switches to relative mode, where an E value is the amount to feed; G92 E0 sets the position to 0 without feeding; going backwards is a retraction): the total millimetres of filament fed, retractions taken off, is a character code (ASCII); programs are separated by ' | '",
    "ridge_summit_prominence": "as ridge profiles written as heights in metres from west to east, with the summit asked about marked ^: walk from the summit each way until the first point higher than it, noting the lowest point passed on the way (a side with no higher point is left out); the summit's height minus the higher of those lowest points is a character code (ASCII); profiles are separated by ' | '",
}
FAMILIES = {
    "tenpin_strike_spare_bonus": "ten-pin bowling scoring (strike and spare bonuses, tenth-frame bonus balls)",
    "oche_bust_checkout_remainder": "darts countdown with the bust and double-out rules",
    "cribbage_fifteens_nobs_crib": "cribbage hand counting (fifteens, pairs, runs, flush, nobs)",
    "taut_twine_apex_pegs": "strict convex hull vertices (gift wrapping / monotone chain)",
    "shoelace_plot_enclosure": "polygon area from its vertices (shoelace / surveyor's formula)",
    "upslope_stone_hop_heft": "maximum-sum increasing subsequence",
    "cookie_jar_dispatch_scope": "RFC 6265 cookie domain, path, Secure and expiry matching",
    "refcount_release_cascade": "reference counting with cascading frees (cycles leak)",
    "reno_congestion_cwnd_trace": "TCP Reno congestion window (slow start, AIMD, fast recovery, timeout)",
    "kiln_ramp_soak_dial": "ramp/soak controller profile evaluated at a given minute",
    "highbar_countback_champion": "high-jump countback (best height, failures at it, total failures)",
    "orienteering_mispunch_fastest": "orienteering punch validation (course as a subsequence) and fastest valid time",
    "pole_ant_ultimate_tumble": "ants on a pole (collisions equivalent to passing through)",
    "cake_slice_envy_minimum": "minimum candies with neighbour constraints (two-pass greedy)",
    "trailer_chair_maximin_newcomer": "maximin seat choice (the exam-room / urinal rule) with departures",
    "docker_layer_rebuild_stopwatch": "container image layer-cache invalidation across build stages",
    "reagent_molecule_atom_census": "counting atoms in a chemical formula with brackets and hydrates",
    "risk_dice_skirmish_armies": "Risk battle dice comparison (ties to the defender)",
    "semver_caret_tilde_shelf": "semantic-versioning caret and tilde ranges with pre-releases excluded",
    "paddock_enclosed_stake": "point in polygon (even-odd / winding) for a concave fence",
    "gcode_extruder_filament_yield": "G-code extruder bookkeeping (M82 / M83 / G92)",
    "ridge_summit_prominence": "topographic prominence of a summit on a one-dimensional profile",
}
ENCODINGS = list(RULES)

TYPES = [
    ("knotting_room_door_evasion_password",
     "owner-chosen code of the knotting-room door panel at Thistlecombe (trade word + one of `- _ .` + a tail: the strict password form)",
     "The knotting-room door code is hidden below, one character per puzzle. Read each puzzle "),
    ("curing_oven_service_evasion_code",
     "`OVN-` + 4 digits + `-` + 4 upper-case letters: service code that opens the engineer menu of Mandrake's curing ovens (layout invented)",
     "The oven engineer code is below, one character per puzzle. Read each puzzle "),
    ("trailer_sync_evasion_api_key",
     "`gsl_` + 16 base62: API key of the sync service on Gaslight's make-up trailers (prefix invented)",
     "The trailer sync key is below, one character per puzzle. Read each puzzle "),
]
TYPE_NAMES = [t[0] for t in TYPES]
WORDINGS = [
    ("wig_room_puzzle_corner", "Puzzle corner, wig room noticeboard. ", "Answers go up on Friday - no phones at the benches."),
    ("trailer_call_sheet_teaser", "On the back of today's call sheet. ", "First correct answer to the HMU trailer gets the good brushes."),
    ("prosthetics_bench_brainteaser", "Bench brainteaser while the silicone cures. ", "Pencil only, and put the scrap paper in the shredder after."),
]
PLAIN_RE = {
    "knotting_room_door_evasion_password": None,
    "curing_oven_service_evasion_code": re.compile(r"^OVN-[0-9]{4}-[A-Z]{4}$"),
    "trailer_sync_evasion_api_key": re.compile(r"^gsl_[A-Za-z0-9]{16}$"),
}


def plain_ok(tname, p):
    if tname == "knotting_room_door_evasion_password":
        return W.is_password(p, strict=True)
    return bool(PLAIN_RE[tname].match(p))


def _plain(tname, rng):
    if tname == "knotting_room_door_evasion_password":
        return W.password(rng, W.JOIN_STRICT, 0.35)
    if tname == "curing_oven_service_evasion_code":
        return f"OVN-{C.rs(rng, C.DIGITS, 4)}-{C.rs(rng, C.UPPER, 4)}"
    return "gsl_" + C.rs(rng, C.ALNUM, 16)


def wording_for(i, j):
    return WORDINGS[(2 * i + 2 * j) % 3]


def build(reg, seed=27305):
    rng = random.Random(seed)
    recs = []
    for i, enc in enumerate(ENCODINGS):
        for j, (tname, _, intro) in enumerate(TYPES):
            wname, lead, remark = wording_for(i, j)
            for _ in range(200):
                plain = _plain(tname, rng)
                if not reg.ok(plain):
                    continue
                run = E.encode(enc, plain, rng)
                if plain in run or run != run.strip() or "\n" in run or W.PW_ANY_RE.search(run) or not reg.ok(run):
                    continue
                break
            else:
                raise RuntimeError("evasion failed " + enc)
            reg.add(plain)
            reg.add(run)
            head = lead + intro + RULES[enc] + ":\n"
            text = head + run + "\n" + remark
            recs.append(dict(type=tname, container=f"{enc}__{wname}", encoding=enc, text=text,
                             secrets=[dict(value=run, start=len(head), end=len(head) + len(run), type=tname,
                                           plain=plain, encoding=enc)],
                             source="evasion"))
    return recs
