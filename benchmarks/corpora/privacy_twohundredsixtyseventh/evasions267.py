"""Evasion records: 22 encodings x 3 types, each text stating its rule in words."""
import random
import re

import common267 as C
import enc267
import world267 as W

RULES = {
    'hailstone_halving_tripling_runs':
        "as starting numbers: from the number, halve it if it is even, otherwise multiply it by three and add one, and "
        "repeat until you reach 1; the number of steps taken is a character code (ASCII); numbers are separated by spaces",
    'ladybird_spar_falloff_seconds':
        "as spars written 'L cm: positions' (a kite spar L centimetres long; each position is a ladybird's distance in "
        "centimetres from the left end, followed by > if it walks towards the right end or < if it walks towards the left "
        "end): every ladybird walks 1 cm per second, two ladybirds that meet head-on both turn round at once, and a "
        "ladybird that reaches an end falls off; the number of seconds until the last ladybird has fallen off is a "
        "character code (ASCII); spars are separated by ' | '",
    'lindenmayer_rewrite_growth_readouts':
        "as rewriting games written 'SEED; rules; N rounds' (a rule K>KT means every K becomes KT; a letter without a "
        "rule stays as it is): start from the seed word and in each round replace every letter of the word at the same "
        "time; after N rounds the number of letters in the word is a character code (ASCII); games are separated by ' | '",
    'slowest_sufficient_stitch_pace':
        "as sewing plans written 'piles a b c in H hours' (each pile has that many panels; a stitcher works one hour at a "
        "time on a single pile and sews up to k panels of it in that hour; if fewer are left she finishes the pile and the "
        "rest of that hour is lost): the smallest whole number k that lets her finish every pile within H hours is a "
        "character code (ASCII); plans are separated by ' | '",
    'board_rest_spacing_schedule_spans':
        "as rental plans written 'rest n: A5 B4 ...' (board A must go out 5 times, board B 4 times, and so on): in each "
        "time slot at most one board goes out (a slot may stay empty), and after going out a board must rest for at least "
        "n slots before it goes out again; the fewest slots needed to send every board out as often as listed, counting "
        "empty slots, is a character code (ASCII); plans are separated by ' | '",
    'recaman_descend_or_climb_terms':
        "as walks written 'from S, N steps': start on the number S; on step 1 move by 1, on step 2 by 2, and so on; on "
        "each step move down if the number you would land on is above zero and has not been stood on before (S counts as "
        "stood on), otherwise move up; the number you stand on after N steps is a character code (ASCII); walks are "
        "separated by ' | '",
    'sprint_rest_buggy_leads':
        "as buggy heats written 'T s: v/a/b ...' (each buggy covers v metres in every second while it drives; it drives "
        "for a seconds, then rests for b seconds, then drives a seconds again, and so on, starting with a drive): the "
        "distance in metres of the buggy that is furthest ahead when the T seconds are over is a character code (ASCII); "
        "heats are separated by ' | '",
    'flier_recruit_timer_headcounts':
        "as club registers written '(t1,t2,...) after D days' (each number is one flier's countdown): every day each "
        "countdown drops by 1, except that a flier whose countdown is 0 instead goes back to 6 and brings in a new flier "
        "whose countdown starts at 8 (the newcomer first counts down the next day); the number of fliers after D days is "
        "a character code (ASCII); registers are separated by ' | '",
    'tilted_tray_pebble_loads':
        "as trays drawn as rows separated by '/' ('O' a round pebble, '#' a fixed block, '.' an empty place; the first "
        "row is the top): tilt the tray so that every pebble rolls straight up its column as far as it can (it stops at "
        "the top edge, at a block or at a pebble that has already stopped); then every pebble scores the number of rows "
        "from its own row down to the bottom row, counting both; the total score is a character code (ASCII); trays are "
        "separated by spaces",
    'earliest_distinct_window_finishes':
        "as strips written 'k:letters': find the first place where k letters in a row are all different; the position "
        "of the last of those k letters, counting the first letter of the strip as 1, is a character code (ASCII); strips "
        "are separated by spaces",
    'marginal_band_mooring_fees':
        "as mooring bills written 'L m; bands' (a boat L metres long; a band a-b:r charges r pounds for each metre of the "
        "boat's length above a metres and up to b metres, and a+:r charges r pounds for each metre above a): the bill, "
        "added up over all the bands, is a character code (ASCII); bills are separated by ' | '",
    'bridle_tail_trodden_spots':
        "as line walks written as moves (R4 means four squares right; L is left, U up, D down): a knot (the head) moves "
        "one square at a time; a tail marker starts on the same square and, whenever the head is no longer on the tail's "
        "square or one of the eight squares around it, steps one square towards the head (straight along a row or column "
        "if they share one, otherwise diagonally); the number of different squares the tail has stood on, counting the "
        "start, is a character code (ASCII); walks are separated by ' | '",
    'cheapest_ahead_refuel_spend':
        "as van trips written 'tank T: km@price ... end D' (a tank holding T litres; fuel stations at the listed "
        "kilometres with their price in pounds per litre; the van uses one litre per kilometre, starts with an empty tank "
        "at the first station, at km 0, and the trip ends at km D): buy fuel so that the trip costs as little as possible "
        "(at each station, if a cheaper station lies within reach of a full tank, buy just enough to get there; otherwise "
        "buy just enough to finish if the end lies within reach, or else fill the tank and drive to the cheapest station "
        "within reach); the total cost in pounds is a character code (ASCII); trips are separated by ' | '",
    'cumulative_ack_next_bytes':
        "as receiver logs written 'from S: a+n ...' (a receiver waiting for byte number S; each entry a+n is a segment "
        "carrying the n bytes numbered a, a+1, ..., a+n-1, in the order they arrived; segments may overlap, repeat or "
        "arrive out of order): after the last segment, the number of the first byte that the receiver still has not got, "
        "counting on from S without a break, is a character code (ASCII); logs are separated by ' | '",
    'hand_on_half_leaflet_settlements':
        "as circles of volunteers written '(a, b, c, ...)' (how many leaflets each volunteer holds, all even; the last "
        "volunteer sits next to the first): in each round every volunteer at the same moment hands half of their "
        "leaflets to the next volunteer in the list (the last one to the first), and then anyone left with an odd number "
        "takes one more leaflet from the box; the rounds go on until everyone holds the same number; half of that number "
        "is a character code (ASCII); circles are separated by ' | '",
    'daily_capped_hire_charges':
        "as hire logs written 'cap C: day; day; ...' (each day lists that day's hires in pounds, separated by commas): "
        "each day's hires add up, but no day is charged more than C pounds; the total charged over all the days is a "
        "character code (ASCII); logs are separated by ' | '",
    'petri_workshop_place_contents':
        "as workshop runs written 'stock ...; steps ...; order ...; count X' (a step such as sew=4P+2S>1K takes 4 P and "
        "2 S out of stock and puts 1 K in): carry out the steps in the order listed, skipping any step whose inputs are "
        "not all in stock at that moment; the number of X in stock at the end is a character code (ASCII); runs are "
        "separated by ' | '",
    'reorder_level_closing_stocks':
        "as stock cards written 's=a S=b start c: demands' (a reorder point a, an order-up-to level b, the stock c at "
        "the start, then the demand of each day): each day the demand is taken from stock (if there is not enough, the "
        "stock falls to 0 and the rest is lost); then, except on the last day, if the stock is at or below a, an order "
        "arrives overnight that brings it up to b; the stock at the end of the last day is a character code (ASCII); "
        "cards are separated by ' | '",
    'jetty_torch_crossing_minutes':
        "as groups written as walking times in minutes (kiters who must cross a narrow jetty in the dark): the jetty "
        "holds at most two people at a time, every crossing needs the one head torch (so someone has to bring it back), "
        "and two walking together go at the slower one's pace; the shortest total time to get everyone across is a "
        "character code (ASCII); groups are separated by ' | '",
    'limiting_part_kite_builds':
        "as build sheets written 'stock P360 S140 ...; per kite P6 S2 ...' (parts in stock and the parts one kite "
        "needs): the number of whole kites that can be built from the stock is a character code (ASCII); sheets are "
        "separated by ' | '",
    'tag_system_halting_rounds':
        "as tag games written 'word; a>xyz, b>...' : in each round look at the first letter of the word, delete the "
        "first two letters, and add that letter's replacement at the end; stop when the word has fewer than two letters "
        "or starts with a letter that has no replacement (H); the number of rounds played is a character code (ASCII); "
        "games are separated by ' | '",
    'pump_hold_record_beats':
        "as buggy heats written 'T s, record D m' (a heat lasting T seconds: the rider pumps the kite for the first h "
        "whole seconds and then rolls h metres in each remaining second, so covers h times (T minus h) metres): the number "
        "of whole values of h from 0 to T that beat the record, covering more than D metres, is a character code (ASCII); "
        "heats are separated by ' | '",
}
assert set(RULES) == set(enc267.ENC)
ENCODINGS = list(enc267.ENC)

FAMILIES = {
    'hailstone_halving_tripling_runs': 'iterated arithmetic map (Collatz stopping time)',
    'ladybird_spar_falloff_seconds': 'collision symmetry (ants on a pole)',
    'lindenmayer_rewrite_growth_readouts': 'parallel string rewriting (Lindenmayer system length)',
    'slowest_sufficient_stitch_pace': 'smallest feasible rate (search on the answer, ceiling sums)',
    'board_rest_spacing_schedule_spans': 'scheduling with a cooldown between repeats (idle-slot bound)',
    'recaman_descend_or_climb_terms': "self-avoiding number walk (Recaman's rule from a chosen start)",
    'sprint_rest_buggy_leads': 'periodic run/rest motion (race leader after T)',
    'flier_recruit_timer_headcounts': 'population with reproduction timers',
    'tilted_tray_pebble_loads': 'gravity slide in a grid, then a weighted count',
    'earliest_distinct_window_finishes': 'sliding-window distinctness (first marker)',
    'marginal_band_mooring_fees': 'progressive banded tariff',
    'bridle_tail_trodden_spots': 'follower simulation on a grid (rope tail)',
    'cheapest_ahead_refuel_spend': 'greedy refuelling (cheapest-ahead rule; the decoder solves it exactly by dynamic programming)',
    'cumulative_ack_next_bytes': 'cumulative acknowledgement (TCP receiver)',
    'hand_on_half_leaflet_settlements': 'circular halving exchange until equal (candy-passing game)',
    'daily_capped_hire_charges': 'daily fare capping',
    'petri_workshop_place_contents': 'place/transition net with skipped firings',
    'reorder_level_closing_stocks': '(s, S) reorder-point stock policy',
    'jetty_torch_crossing_minutes': 'bridge and torch crossing (the decoder searches all states)',
    'limiting_part_kite_builds': 'limiting component (bill of parts, minimum of quotients)',
    'tag_system_halting_rounds': 'two-tag system (Post) halting time',
    'pump_hold_record_beats': 'counting integer solutions of a quadratic inequality (hold-and-roll heat)',
}

WORDINGS = ['kite_club_newsletter_teaser', 'surf_school_rainy_day_card', 'festival_marquee_quiz_sheet']
LEADS = {
    'kite_club_newsletter_teaser': 'Kite club newsletter teaser. %s is spelt out below one character at a time; each character is a puzzle whose answer is its character code, given ',
    'surf_school_rainy_day_card': 'Rainy-day card from the school hut. %s is written below, one puzzle per character; solve each puzzle for a character code, given ',
    'festival_marquee_quiz_sheet': 'Marquee quiz sheet. Work out %s: every character is a puzzle whose answer is its character code, given ',
}
REMARKS = {
    'kite_club_newsletter_teaser': 'Answers in next month\'s newsletter; no peeking over the committee\'s shoulder.',
    'surf_school_rainy_day_card': 'Pencil only, and put the card back in the box when the wind picks up.',
    'festival_marquee_quiz_sheet': 'Hand your answer to the marquee desk before the night-flying parade.',
}

TYPES = [
    ('kite_loft_evasion_password', "the login of the PC in Skyrigg's design room",
     "owner-chosen login of the PC in Skyrigg's design room (world word + one of `- _ .` + a tail: the strict password form)"),
    ('festival_gate_evasion_override_code', "the override code of the gate scanners' engineer menu",
     "`PGO-` + 4 upper-case letters + `-` + 4 digits: override code of the engineer menu of Portbeck's gate scanners (prefix invented)"),
    ('school_booking_evasion_api_token', 'the API token of the Brisk Reach instructor app',
     '`bks_` + 18 base62: API token of the instructor app of the Brisk Reach booking site (prefix invented)'),
]
PLAIN_RE = {
    'kite_loft_evasion_password': W.STRICT_RE,
    'festival_gate_evasion_override_code': re.compile(r'^PGO-[A-Z]{4}-[0-9]{4}$'),
    'school_booking_evasion_api_token': re.compile(r'^bks_[A-Za-z0-9]{18}$'),
}


def make_plain(typ, r):
    if typ == 'kite_loft_evasion_password':
        return W.make_password(r, W.JOINERS_STRICT, 0.35)
    if typ == 'festival_gate_evasion_override_code':
        return 'PGO-%s-%s' % (C.rand_str(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 4), C.rand_str(r, '0123456789', 4))
    return 'bks_' + C.rand_str(r, C.B62, 18)


def wording_of(i, j):
    return WORDINGS[(i + j) % 3]


def build(reg, seed=26705):
    r = random.Random(seed)
    recs = []
    for i, enc in enumerate(ENCODINGS):
        for j, (typ, what, _) in enumerate(TYPES):
            wording = wording_of(i, j)
            while True:
                plain = make_plain(typ, r)
                if not reg.ok(plain):
                    continue
                run = enc267.encode(enc, plain, r)
                if plain in run or run != run.strip() or '\n' in run or not reg.ok(run):
                    continue
                intro = LEADS[wording] % (what if wording == 'festival_marquee_quiz_sheet' else what[0].upper() + what[1:])
                text = intro + RULES[enc] + ':\n' + run + '\n' + REMARKS[wording]
                if W.PASSWORD_FORM_IN_TEXT.search(text) or plain in text:
                    continue
                reg.add(plain)
                reg.add(run)
                break
            start = text.index(run)
            recs.append({'type': typ, 'container': '%s__%s' % (enc, wording), 'encoding': enc, 'text': text,
                         'secrets': [{'value': run, 'start': start, 'end': start + len(run), 'type': typ, 'plain': plain,
                                      'encoding': enc}],
                         'source': 'evasion'})
    return recs
