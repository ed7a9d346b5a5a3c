"""Evasions: 22 encodings x 3 types; each text states its rule in words, then ':' and a newline,
the encoded run on its own line, then a one-line remark."""
from common259 import ALNUM, LALNUM, rstr
from enc259 import ENCODINGS, enc
from world259 import password

TYPES = [
    ("tack_room_keypad_evasion_password", "the password of the tack-room keypad panel",
     "owner-chosen password of the tack-room keypad panel's web UI: world word + one of `- _ .` + a short tail"),
    ("cnc_stitcher_evasion_service_code", "the stitcher's engineer service code",
     "`stch-` + 14 base62: service code that opens the engineer menus of the CNC pattern stitcher (prefix invented)"),
    ("shop_feed_evasion_api_token", "the stock-feed API token",
     "`bfd_` + 24 lower-case alphanumerics: API token of the Bridlecombe stock feed (prefix invented)"),
]

WORDINGS = {
    "saddlery_newsletter_puzzle_corner": (
        "Puzzle corner (Harrowgate staff newsletter): %s is hidden %s",
        ["Answers to the workshop office by Friday; the winner gets a tin of saddle soap.",
         "Last month's answer is pinned by the stitcher.",
         "No calculators in the showroom, please."]),
    "tack_room_whiteboard_teaser": (
        "Tack-room whiteboard teaser - %s is written %s",
        ["Rub it off once you've typed it in.",
         "Whoever solves it first makes the tea.",
         "Don't photograph the board, just work it out."]),
    "pony_club_quiz_handout": (
        "Quiz handout, bonus question for the staff: %s has been set down %s",
        ["Hand your sheet in at the till.",
         "Extra point if you can explain the method.",
         "Bring your answer to the Saturday fitting day."]),
}
WORDING_NAMES = list(WORDINGS)

RULES = {
    "josephus_circle_survivors": "as counting-out circles: each pair n/k means n riders stand in a circle numbered 1 to n; counting starts at rider 1, every k-th rider counted leaves the circle and the counting goes on from the next rider still in it, until one rider is left; that rider's number is a character code (ASCII); pairs are separated by spaces",
    "permutation_inversion_counts": "as shuffled letter rows: each row holds the seventeen letters A to Q once each; count the pairs of letters in which the letter later in the alphabet stands somewhere to the left of the earlier one; that count is a character code (ASCII); rows are separated by spaces",
    "bridleway_shortest_routes": "as bridleway maps: each map in square brackets lists tracks between gates A to F as X-Y length, and a track can be ridden either way; the length of the shortest ride from gate A to gate F is a character code (ASCII); maps are separated by spaces",
    "move_to_front_positions": "as move-to-front positions: start with the list of the 78 characters with codes 45 ('-') to 122 ('z') in code order, numbered from 0; for each number take the character at that position, write it down and move it to the front of the list; numbers are separated by spaces",
    "magic_square_blank_cells": "as 3x3 magic squares: in each square every row, column and both diagonals add up to the same total; rows are separated by '/' and one cell is shown as '?'; the missing number is a character code (ASCII); squares are separated by ' | '",
    "cosine_values_whole_degrees": "as cosines: each number is the cosine of a whole number of degrees between 0 and 180, rounded to nine decimal places; that number of degrees is a character code (ASCII); numbers are separated by '; '",
    "foal_weight_tape_estimates": "as foal weigh-tape readings: each reading gives heart girth and body length in centimetres; girth x girth x length / 11900 is the foal's estimated weight in kilograms, and that weight rounded to the nearest kilogram is a character code (ASCII); readings are separated by '; '",
    "blocked_grid_path_counts": "as paddock grids: each grid is six rows of six cells, rows separated by '/', with '.' an open cell and '#' a fenced-off one; count the routes from the top-left cell to the bottom-right cell that move one cell right or one cell down at a time through open cells only; that count is a character code (ASCII); grids are separated by spaces",
    "number_pair_common_divisors": "as pairs of whole numbers a:b; the largest whole number that divides both a and b is a character code (ASCII); pairs are separated by spaces",
    "saddle_job_critical_paths": "as workshop job plans: each plan in square brackets lists tasks as name=minutes, with '<' followed by the tasks that must be finished before it can start; any number of tasks can run at the same time; the least number of minutes in which the whole plan can be finished is a character code (ASCII); plans are separated by spaces",
    "knapsack_best_values": "as saddlebag puzzles: each puzzle gives a weight limit and items written weight/value; pick items, each at most once, whose weights add up to no more than the limit so that their values add up to as much as possible; that best total value is a character code (ASCII); puzzles are separated by ' ; '",
    "cubic_sequence_next_terms": "as number sequences: each group gives the first four terms of a sequence whose third differences are all the same (a cubic); the fifth term is a character code (ASCII); groups are separated by ' / '",
    "huffman_merge_costs": "as Huffman merges: each group is a list of counts; repeatedly take the two smallest counts out, put their sum back and add that sum to a running total, until one count is left; the running total is a character code (ASCII); groups are separated by ' | '",
    "arena_booking_union_minutes": "as arena booking sheets: each sheet lists bookings start-end in minutes after opening, some of them overlapping; the number of minutes in which the arena is booked by at least one rider is a character code (ASCII); sheets are separated by ' ; '",
    "show_stand_queue_finish_times": "as saddle-fitting queues: each queue lists riders as arrival+length (minutes after the stand opens, minutes of fitting); one fitter sees them in order of arrival, starting each fitting as soon as the rider is there and the previous fitting is over; the minute at which the last fitting ends is a character code (ASCII); queues are separated by ' ; '",
    "bridge_torch_crossing_times": "as night-crossing puzzles: each group gives the minutes four walkers need to cross a narrow bridge; at most two cross at a time, a pair walks at the slower one's pace, and the one lantern must be carried on every crossing, so someone has to bring it back; the least total time to get all four across is a character code (ASCII); groups are separated by spaces",
    "water_trough_pouring_sequences": "as bucket logs: in each group [x,y: steps] bucket A holds x litres and bucket B holds y litres, both start empty, and so does trough T; FA and FB fill a bucket at the tap, EA and EB empty it on the ground, AB and BA pour one bucket into the other until the first is empty or the second is full, AT and BT tip a bucket into the trough; after the steps the litres in the trough are a character code (ASCII); groups are separated by spaces",
    "survey_venn_totals": "as three-question survey totals: each group gives how many riders answered yes to question A, B and C, to both of each pair (AB, AC, BC) and to all three (ABC); the number who answered yes to at least one question, A + B + C - AB - AC - BC + ABC, is a character code (ASCII); groups are separated by ' | '",
    "yard_pipe_spanning_tree_lengths": "as water-pipe plans: each plan in square brackets lists the metres of pipe that could be laid between pairs of stables P to T; the least total length that connects every stable (a minimum spanning tree) is a character code (ASCII); plans are separated by spaces",
    "trapped_rainwater_units": "as arena-surface profiles: each profile lists the heights of neighbouring one-unit-wide columns of sand; after heavy rain the water above a column rises to the lower of the highest column on its left and the highest column on its right (each counting the column itself); the total units of standing water is a character code (ASCII); profiles are separated by ' / '",
    "largest_consecutive_run_sums": "as stock-change lines: each line is whole numbers separated by spaces; the largest total of any run of one or more consecutive numbers in the line is a character code (ASCII); lines are separated by ' / '",
    "snail_well_climbing_days": "as snail-in-the-well puzzles: each triple depth/up/down means a snail at the bottom of a well that deep climbs up units every day and slips down units every night; the day on which it first reaches the top is a character code (ASCII); triples are separated by spaces",
}

FAMILIES = {
    "josephus_circle_survivors": "elimination game (Josephus problem)",
    "permutation_inversion_counts": "permutation statistic (inversion number)",
    "bridleway_shortest_routes": "graph search (single-pair shortest path)",
    "move_to_front_positions": "adaptive list transform (move-to-front)",
    "magic_square_blank_cells": "puzzle completion (3x3 magic squares)",
    "cosine_values_whole_degrees": "inverse trigonometry (arc cosine)",
    "foal_weight_tape_estimates": "world disguise: equine weigh-tape formula (girth squared times length)",
    "blocked_grid_path_counts": "lattice-path counting with obstacles (dynamic programming)",
    "number_pair_common_divisors": "number theory (greatest common divisor)",
    "saddle_job_critical_paths": "project scheduling (critical path of a task graph)",
    "knapsack_best_values": "combinatorial optimisation (0/1 knapsack)",
    "cubic_sequence_next_terms": "finite differences (extrapolating a cubic)",
    "huffman_merge_costs": "greedy merging (Huffman code cost)",
    "arena_booking_union_minutes": "interval arithmetic (measure of a union of intervals)",
    "show_stand_queue_finish_times": "queue simulation (single server, first come first served)",
    "bridge_torch_crossing_times": "classic crossing puzzle (bridge and torch)",
    "water_trough_pouring_sequences": "state machine (water-jug pouring)",
    "survey_venn_totals": "counting principle (inclusion-exclusion over three sets)",
    "yard_pipe_spanning_tree_lengths": "graph optimisation (minimum spanning tree)",
    "trapped_rainwater_units": "array algorithm (trapped rain water)",
    "largest_consecutive_run_sums": "array algorithm (maximum subarray sum)",
    "snail_well_climbing_days": "classic recurrence puzzle (snail in the well)",
}


def make_plain(j, rng):
    if j == 0:
        return password(rng, strict=True, cap=0.3)
    if j == 1:
        return "stch-" + rstr(rng, ALNUM, 14)
    return "bfd_" + rstr(rng, LALNUM, 24)


def generate(rng, reg):
    recs = []
    for i, name in enumerate(ENCODINGS):
        for j, (tname, what, _) in enumerate(TYPES):
            wname = WORDING_NAMES[(i + 2 * j) % 3]
            intro, remarks = WORDINGS[wname]
            for _ in range(200):
                plain = make_plain(j, rng)
                if not reg.ok(plain):
                    continue
                run = enc(name, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no plain for " + name)
            head = intro % (what, RULES[name])
            text = head + ":\n" + run + "\n" + rng.choice(remarks)
            start = len(head) + 2
            recs.append({"type": tname, "container": "%s__%s" % (name, wname), "encoding": name, "text": text,
                         "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                                      "plain": plain, "encoding": name}],
                         "source": "evasion"})
    return recs
