"""Evasion source: 22 new encodings x 3 evasion types = 66 records."""
import random

import common277 as C
import enc277 as E

ASCII = 'a character code (ASCII)'

# name, encoder, rule (starts with 'as'), family, encoder method / decoder method
ENCODINGS = [
    ('kalah_sowing_granaries', E.enc_kalah,
     "as Kalah boards written 'a4 b0 ... S3 g2 ... N5; moves c, h' (fourteen holes in a ring: the south pits a to f, the south store S, the north pits g to l, the north store N, then back to a; each number is the seeds in that hole): for each move in turn take every seed out of the named pit and sow them one by one into the holes that follow it round the ring, skipping the store of the other side (a south pit skips N, a north pit skips S); the seeds in S and N together after the last move are " + ASCII + "; boards are separated by ' | '",
     'Kalah / mancala sowing round a ring with the opponent store skipped',
     'the encoder sows seed by seed; the decoder drops whole laps of 13 at once and then the remainder'),
    ('curling_button_proximity_shots', E.enc_curling,
     "as curling ends written 'R7=35 Y12=80 ...' (each stone: its team letter R or Y, its number, '=', its distance in centimetres from the button; a stone more than 183 cm away lies outside the house and never counts): the team with the stone nearest the button scores, and each of its stones in the house that lies nearer than the other team's nearest stone in the house counts; the numbers of the counting stones add up to " + ASCII + "; ends are separated by ' | '",
     'curling end scoring (shot rock and the stones inside the opponent\'s best)',
     'the encoder sorts the house and cuts at the other team\'s first stone; the decoder checks every stone against every opposing stone'),
    ('baseball_inning_plate_crossers', E.enc_baseball,
     "as half-innings written 'shirt:result ...' in batting order (1B single, 2B double, 3B triple, HR home run, BB walk, K, F or G an out): on a hit every runner moves on as many bases as the hit is worth and the batter stops on the base it is worth (a runner who gets past third base scores, and so does the batter on a home run); on a walk the batter takes first base and a runner moves up one base only when the runner or batter behind him forces him to; an out moves nobody and the half-inning ends at the third out; the shirt numbers of the players who score add up to " + ASCII + "; half-innings are separated by ' | '",
     'baseball base-running with forced advances on a walk',
     'the encoder keeps three base slots; the decoder moves a list of runners and finds the first open base for walks'),
    ('golf_skins_carryover_purse', E.enc_skins,
     "as skins cards written 'for P: values v1 v2 ...; Name s1 s2 ..., Name ...' (one value per hole, then each player's strokes hole by hole): a hole is won by the one player with the lowest score on it, who takes its value plus every value carried to it; when the lowest score is shared nobody wins, and the hole's value (with whatever was carried to it) carries to the next hole; anything still carried after the last hole is lost; the total taken by player P is " + ASCII + "; cards are separated by ' | '",
     'golf skins with carry-overs',
     'the encoder keeps a carry per player table; the decoder keeps one running pot and a Counter of the low score'),
    ('backgammon_pipcount_homeward', E.enc_pips,
     "as backgammon positions written 'W: point/checkers ...; B: point/checkers ...; bar W n, B m' (points numbered 1 to 24 from White's home board, so Black's home board is points 19 to 24; a Black checker on point p still has 25 - p points to travel, and one on the bar 25): Black's pip count, the points all Black's checkers still have to travel, is " + ASCII + "; positions are separated by ' | '",
     'backgammon pip count from the other side\'s numbering',
     'both add (25 - p) x n; the decoder parses the position text on its own'),
    ('rowing_bumps_chart_placing', E.enc_bumps,
     "as bumps charts written 'start: crews; day 1: x>y ...; day 2: ...; place p' (crews are numbers, listed in starting order with the head crew first; 'x>y' means crew x caught crew y, the crew directly in front of it, and the two swap places; all bumps of a day are between crews next to each other in the order at the start of that day; 'row-over' means no bumps that day): the crew in place p after the last day is " + ASCII + "; charts are separated by ' | '",
     'rowing bumps charts (adjacent swaps day by day)',
     'the encoder swaps in a list and looks crews up by index; the decoder rebuilds each day from a position map'),
    ('serpentine_draft_overall_ordinal', E.enc_draft,
     "as drafts written 'n teams, r rounds; trades a:r>b ...; team t, pick k' (teams numbered 1 to n choose in the order 1 to n in odd rounds and n back to 1 in even rounds, and picks are numbered overall from 1; 'a:r>b' means team a's pick in round r now belongs to team b): the overall number of the k-th pick that team t makes, its own and received picks in draft order, is " + ASCII + "; drafts are separated by ' | '",
     'snake (serpentine) draft order with traded picks',
     'the encoder maps overall numbers to (team, round) and scans; the decoder walks the rounds once'),
    ('whist_trumps_trickwinner_denominations', E.enc_whist,
     "as whist deals written 'trumps S: 7H QH 2S 9H; ...' (each trick lists its four cards in the order played, a card being its rank 2-10, J, Q, K or A and its suit C, D, H or S): a trick is won by the highest trump in it, or, when it holds no trump, by the highest card of the suit of its first card; the ranks of the winning cards added up (J 11, Q 12, K 13, A 14, the others their number) are " + ASCII + "; deals are separated by ' | '",
     'trick-taking (whist) trick winners with trumps and the suit led',
     'the encoder filters trumps, then the suit led; the decoder sorts every card by a (trump, suit led, rank) key'),
    ('icehockey_plusminus_shirts', E.enc_pm,
     "as goal logs written 'A ev: A 4,11,..., B 7,23,...; B pp: ...' (for each goal: the team that scored, ev for even strength, pp for a power-play goal or sh for a short-handed goal, then the shirt numbers of team A's and team B's players on the ice): every player on the ice for an even-strength or short-handed goal gets +1 if his team scored and -1 if it did not, and power-play goals count for nobody; the shirt numbers of team A's players who end at +2 or better add up to " + ASCII + "; logs are separated by ' | '",
     'ice-hockey plus/minus bookkeeping',
     'the encoder keeps a dictionary per roster slot; the decoder a Counter keyed by shirt number'),
    ('knights_knaves_islanders', E.enc_kk,
     "as island notes written 'n: m knave; n: m knight; n: m same; n: m or k' (every islander is a knight, who only says true things, or a knave, who only says false things; each is named by a number; 'n: m knave' means n says m is a knave, 'n: m knight' that m is a knight, 'n: m same' that n and m are of the same kind, 'n: m or k' that at least one of m and k is a knight): exactly one way of sorting knights from knaves fits every note, and the numbers of the knights add up to " + ASCII + "; notes are separated by ' | '",
     'knights-and-knaves logic puzzles with a unique solution',
     'the encoder builds notes from a known truth and stops when a tuple search finds one solution; the decoder runs its own bit-mask search'),
    ('du_folder_bytes_subtree', E.enc_du,
     "as shell sessions written as lines separated by '; ' ('ls' is followed by the entries of the current folder, each 'dir name' or 'size name'; 'cd name' enters a folder and 'cd ..' goes back up; the session starts at / and ends with 'du /path'): the total size of every file at any depth inside that folder is " + ASCII + "; sessions are separated by ' | '",
     'directory-tree size totals from a cd/ls transcript',
     'the encoder sums a nested tree; the decoder keeps a flat table of full file paths and adds by prefix'),
    ('comparator_wire_network_readout', E.enc_net,
     "as comparator networks written 'values; i:j ...; read w' (the values on wires 1, 2, 3 ... in order; each comparator i:j, with i less than j, swaps the values on wires i and j when the one on wire i is the larger, so that the smaller ends on wire i; comparators act one after another as written): the value on wire w after the last comparator is " + ASCII + "; networks are separated by ' | '",
     'compare-exchange networks read at one wire',
     'the encoder swaps when out of order; the decoder writes the minimum and maximum back'),
    ('circular_depot_lap_origin', E.enc_loop,
     "as delivery loops written 'label:fuel/cost ...' (depots round a closed loop in driving order; at each depot the lorry takes on 'fuel' litres, then uses 'cost' litres to reach the next depot, the last leading back to the first): starting with an empty tank at exactly one depot the lorry can go once round without ever running dry on the way, and that depot's label is " + ASCII + "; loops are separated by ' | '",
     'circular tour (gas station) start',
     'the encoder tries every start; the decoder uses the one-pass reset rule'),
    ('cidr_gateway_specificity', E.enc_cidr,
     "as routing tables written 'to address: prefix/length>gateway, ...' (lengths are 0, 8, 16, 24 or 32, so a prefix matches when its first length/8 numbers equal the address's; 0.0.0.0/0 matches everything): the packet leaves by the matching entry with the greatest length, and that entry's gateway number is " + ASCII + "; tables are separated by ' | '",
     'longest-prefix routing',
     'the encoder masks 32-bit integers; the decoder compares dotted numbers as text'),
    ('fnmatch_wildcard_filesizes', E.enc_glob,
     "as listings written 'pattern: name=size ...' (in the pattern * stands for any run of characters, even none, ? for exactly one character, [abc] for one of the listed characters and [!abc] for one character not listed; everything else stands for itself): the sizes of the files whose whole name fits the pattern add up to " + ASCII + "; listings are separated by ' | '",
     'shell wildcard (fnmatch) matching',
     'the encoder translates the pattern to a regular expression; the decoder matches recursively'),
    ('chess_king_checkgivers', E.enc_chess,
     "as chess positions written 'K e1; Q d8=41 N f3=17 ...' (the white king's square, then Black's pieces: Q queen, R rook, B bishop, N knight, P pawn, each with its square and a number; Black's pawns move down the board towards rank 1 and capture one square diagonally downwards; any piece standing between blocks a line): the numbers of the black pieces that attack the white king add up to " + ASCII + "; positions are separated by ' | '",
     'chess check detection (lines, blocking, knight and pawn attacks)',
     'the encoder walks from each piece to the king; the decoder looks outwards from the king along the eight lines and the knight and pawn squares'),
    ('dinghy_lowpoint_discard_series', E.enc_sail,
     "as series sheets written 'n boats; Name: places ...; ...' (a boat's place in each race; DNF, DNS and OCS score one more than the number of boats entered): a boat's series score is the total of its race scores with its single worst score left out; the series score of the boat marked * is " + ASCII + "; sheets are separated by ' | '",
     'sailing low-point series scoring with one discard',
     'the encoder subtracts the maximum; the decoder sorts and leaves off the last'),
    ('football_offside_shirts', E.enc_offside,
     "as freeze-frames written 'ball x; D: positions; A: shirt@position ...' (distances in metres from the defending team's goal line along the pitch, the halfway line at 52.5; D lists every defending player, the goalkeeper included): an attacker is in an offside position when he is in the defending half (less than 52.5) and nearer the goal line than both the ball and the second-last defender (level is onside); the shirt numbers of the attackers in offside positions add up to " + ASCII + "; frames are separated by ' | '",
     'football offside positions (second-last defender and the ball)',
     'the encoder sorts defenders upwards; the decoder sorts them downwards and takes the next to last'),
    ('volleyball_sideout_rotation_server', E.enc_volley,
     "as match logs written 'A: six shirts; B: six shirts; first serve X; rallies ABBA...' (each team's shirts in rotation positions 1 to 6; the player in position 1 serves; the rallies say which team won each one): when the team that was not serving wins a rally it takes the serve and rotates, the player in position 2 moving to 1, 3 to 2 and so on, and the one in 1 moving to 6; the shirt of team A's player in position 1 after the last rally is " + ASCII + "; logs are separated by ' | '",
     'volleyball side-out rotation',
     'the encoder rotates a list; the decoder counts side-outs won by A and indexes modulo 6'),
    ('swiss_buchholz_tiebreak_aggregate', E.enc_buch,
     "as tournament sheets written 'A-B 2-0, C-D 1-1, ...; next round ...; player P' (rounds separated by '; ', each game with the points for the player on the left and on the right, 2 for a win, 1 for a draw, 0 for a loss): a player's score is the sum of his points, and the sum of the final scores of all the opponents player P met is " + ASCII + "; sheets are separated by ' | '",
     'Buchholz tie-break (opponents\' final scores)',
     'the encoder scans all players for the code; the decoder adds up one player\'s opponents'),
    ('accept_header_quality_preference', E.enc_accept,
     "as exchanges written 'Accept: ranges; offers: number=type ...' (each range is type/subtype, type/* or */*, optionally followed by ;q=value, q being 1 when missing): each offered type takes the q of the most specific range that fits it (an exact type/subtype before type/* before */*), q 0 meaning not acceptable; the server sends the acceptable offer with the highest q, the first listed on a tie, and that offer's number is " + ASCII + "; exchanges are separated by ' | '",
     'HTTP content negotiation with quality values',
     'the encoder ranks ranges with a specificity number; the decoder collects every fitting range and takes the maximum'),
    ('athletics_heats_quickest_nonplacers', E.enc_heats,
     "as heat sheets written 'Q k + q m: heat 1 bib=time ...; heat 2 ...' (times in seconds): the first k finishers of every heat go through, and then the m fastest of all the other runners; the bib numbers of those m runners add up to " + ASCII + "; sheets are separated by ' | '",
     'qualifying from heats on place and on time',
     'the encoder sorts per heat and keeps the rest; the decoder sorts (time, bib) pairs'),
]
ENC_NAMES = [e[0] for e in ENCODINGS]
ENC_INFO = {e[0]: e for e in ENCODINGS}

TYPES = [
    ('oast_yard_keypad_evasion_password', 'owner-chosen code of the oast-yard door keypad at Brackenden (trade word + one of `- _ .` + a tail: the strict password form)', 'the oast-yard door code'),
    ('picking_shed_evasion_unlock_code', '`HPS/` + 3 digits + `/` + 4 upper-case letters: unlock code of the picking shed\'s sorting-table controller (layout invented)', 'the sorting-table unlock code'),
    ('maltings_lab_evasion_access_token', '`wml.` + 16 base62: access token of the maltings lab app Bineweed runs for Wyebrook (prefix invented)', 'the lab app token'),
]
TYPE_NAMES = [t[0] for t in TYPES]

WORDINGS = [
    ('oast_open_day_puzzle_card', 'Brackenden open-day puzzle card. Each answer below is one character of {what}, read in order; the puzzles come',
     'Hand your card in at the roundel oast.'),
    ('maltings_newsletter_brainteaser', 'Wyebrook newsletter brainteaser: work out, puzzle by puzzle, the characters of {what}; the puzzles come',
     'Answers in the next issue of the newsletter.'),
    ('picking_crew_canteen_quiz', 'Canteen quiz for the picking crew - {what} is spelled out below, one character per puzzle; the puzzles come',
     'First correct sheet on the canteen board wins a pint.'),
]
WORDING_NAMES = [w[0] for w in WORDINGS]

PLAIN_RE = {
    'picking_shed_evasion_unlock_code': r'^HPS/[0-9]{3}/[A-Z]{4}$',
    'maltings_lab_evasion_access_token': r'^wml\.[0-9A-Za-z]{16}$',
}


def draw_plain(rng, t):
    if t == 'oast_yard_keypad_evasion_password':
        return C.draw_password(rng, C.JOINERS_STRICT, 0.35)
    if t == 'picking_shed_evasion_unlock_code':
        return 'HPS/%s/%s' % (''.join(rng.choice(C.DIGITS) for _ in range(3)), ''.join(rng.choice(C.UPPER) for _ in range(4)))
    return 'wml.' + ''.join(rng.choice(C.ALNUM) for _ in range(16))


def plain_ok(t, p):
    import re
    if t == 'oast_yard_keypad_evasion_password':
        return C.is_password(p, strict=True)
    return bool(re.match(PLAIN_RE[t], p))


def encode(rng, name, plain):
    enc = ENC_INFO[name][1]
    return E.SEP.join(enc(rng, ord(ch)) for ch in plain)


def generate(reg):
    import dec277
    rng = random.Random(C.SEEDS['evasions'])
    recs = []
    for i, (name, _enc, rule, fam, how) in enumerate(ENCODINGS):
        for j, (t, tdesc, what) in enumerate(TYPES):
            wname, lead, remark = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = draw_plain(rng, t)
                if not reg.ok(plain):
                    continue
                run = encode(rng, name, plain)
                if plain in run or run != run.strip() or '\n' in run or C.password_forms(run):
                    continue
                if dec277.decode(name, run) != plain:
                    raise RuntimeError('round trip failed for %s' % name)
                if not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError('could not draw an evasion for %s' % name)
            head = lead.format(what=what) + ' ' + rule + ':\n'
            text = head + run + '\n' + remark
            s = len(head)
            recs.append({'type': t, 'container': '%s__%s' % (name, wname), 'encoding': name, 'text': text,
                         'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': t, 'plain': plain,
                                      'encoding': name}], 'source': 'evasion'})
    return recs
