"""Deny-list extraction from the two earlier READMEs and the novelty checks (p275)."""
import json
import os
import re

BRIEF_DIR = "/tmp/brief275"
BRIEF_FILES = ["README_twohundredseventythird.md", "README_twohundredseventyfourth.md"]

_BACKTICK = re.compile(r"`([^`\n]+)`")
_SNAKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
_SYNTAX = re.compile(r"^[a-z]+pw_(.+)$")
_LANG = re.compile(r"`([a-z]{2,3})` \(([^()]+)\)")
_ENC = re.compile(r"`([a-z0-9_]+)` = \"")


def extract_denylist(dirpath=BRIEF_DIR):
    names, syntaxes, codes, lnames, enc_tokens = set(), set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(dirpath, fn), encoding="utf-8") as fh:
            text = fh.read()
        found = [m.strip().lower() for m in _BACKTICK.findall(text)]
        found += _SNAKE.findall(text.lower())
        for n in found:
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
            m = _SYNTAX.match(n)
            if m:
                syntaxes.add(n)
                syntaxes.add(m.group(1))
        for code, name in _LANG.findall(text):
            codes.add(code.lower())
            lnames.add(name.strip().lower())
            for w in re.split(r"[^a-zA-Z]+", name.lower()):
                if w:
                    lnames.add(w)
        for enc in _ENC.findall(text):
            for t in enc.split("_"):
                if t:
                    enc_tokens.add(t)
    return {
        "source": dirpath,
        "files": list(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
        "encoding_tokens": sorted(enc_tokens),
    }


def load_frozen(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def dump_denylist(d):
    return json.dumps(d, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


# ---------------------------------------------------------------- hand lists
# Tools, libraries and mechanisms the two READMEs name only in prose (left-out
# lists, relatives, earlier corpora they cite) plus close relatives set aside here.
PROSE_TOOL_TOKENS = set("""
ftp pop3 imap smtp ldap smb samba ssh sshpass scp sftp redis mongo mongosh mongodb mysql mysqldump mariadb
oracle sqlplus postgres postgresql psql pgpass libpq cassandra cqlsh snmp snmpget irc rcon registry docker
podman xdotool ydotool wtype keepassxc openssl drush wpa passphrase mqttx sqlcmd racadm ilorest cstt cwjap
cgauth qicsgp hg mercurial git ovftool dblink pbcopy sp_addlinkedsrvlogin addlinkedsrvlogin requests okhttp
unirest superagent aiohttp playwright webdriverio nightwatch appium detox watir selenide selenium xh httpie
httpx mechanize httplib2 tmux screen zmtp mqtt amqp xmlrpc ffmpeg nats govc cockroach influx tsql mssql
soap sendkeys entertext net tester curl wget chpasswd passwd newusers kombu supermicro peer driver
pymysql mysqlclient psycopg asyncpg redis_py jedis lettuce ioredis pymongo
""".split())

GENERIC_SYNTAX_TOKENS = set("""
lower upper capital p u w n a k s t r d c f h i j l m o q v x y z after before first second third fourth
fifth sixth seventh last positional argument arguments arg option flag flags equals colon pair pairs
attached call method function procedure param parameter field fields line lines column columns token
value values quoted here string file files url userinfo user name command cli stdin pipe reads echo from
printf lib gui sql proto python java javascript node kotlin scala groovy ruby perl php go golang rust
erlang elixir c cpp csharp dotnet vbscript vba lua r julia dart swift objc clojure haskell powershell
shell bash tcl typescript set add connect login new open create insert select exec into with to by of
the and or in on at for as auth basic key keys text type typing typetext entry enter send write fill
element view app element click tell system events keystroke input slash dash double single semicolon
comma tab space header cell frame frames request response message packet dump trace capture session
client server connection database db credentials credential args tuple list array dict map struct
load remote using query decrypt authenticate
""".split())

HAND_IDEA_WORDS = set("""
base numeral numerals hex octal binary decimal escape escapes dump dumps cipher ciphers xor morse signal
signalling semaphore spelling alphabet number numbers word words lookalike chaff shuffle shuffles
reversal reversals acrostic acrostics expression expressions arithmetic check digit digits barcode
barcodes keyboard keyboards calendar calendars clock clocks compass lookup table tables colour colours
color music note notes dna unit units physical law laws matrix matrices equation equations progression
progressions prime primes square squares fibonacci power powers residue residues stableford cricket
tennis league conker conkers crosscountry rock paper scissors shootout shootouts rounders route routes
shortest spanning tree trees flow flows critical path topological order reachability flood fill stack
stacks queue queues heap heaps hashing hash trie tries search lru fifo edit distance distances inversion
inversions interval intervals knapsack knapsacks bin packing economic voting vote auction auctions
matching matchings bucket buckets machine machines minimax rounding sliding window windows run length
wrap cellular josephus hanoi tally roman collatz recaman petri lamp lamps succession ttl cname frobenius
page soundex hondt scan bracket nesting lottery ladder ladders orderbook undo redo crdt merge merges lzw
rod cutting coin coins exchange newick van eck stable marriage guessing guess jump trail trails toboggan
kaprekar happy borda change making segment tide tides weighing weighings replacement robin sokoban life
water jug jugs fourway stop tea knitting stern brocot crossword numbering snakes cups shell curling
petanque shut box war glob lamport molkky histogram rectangle trapped rain diff3 robber yahtzee tetris
patch hunk matrix inclusion exclusion venn molar snooker perimeter fence post firewall css null unix
mode autoscaler hysteresis subarray subarrays assignment precedence almanac visibility refuelling
collection depot circuit interview interviews stall pointer walk walks
""".split())

HAND_LANG_NAMES = {"english", "catalan", "latin", "chinese", "irish", "persian", "arabic", "mandarin",
                   "cantonese", "farsi"}
HAND_LANG_CODES = {"eng", "cat", "lat", "zho", "cmn", "gle", "fas", "pes", "ara", "yue"}


def fold(tok):
    for suf in ("ies", "es", "s"):
        if tok.endswith(suf) and len(tok) > len(suf) + 2:
            if suf == "ies":
                return tok[:-3] + "y"
            return tok[: -len(suf)]
    return tok


class Novelty:
    def __init__(self, deny):
        self.names = set(deny["names"])
        self.syntaxes = set(deny["syntaxes"])
        self.codes = set(deny["language_codes"])
        self.lnames = set(deny["language_names"])
        self.enc_tokens = set(deny["encoding_tokens"])
        toks = set()
        for s in self.syntaxes:
            m = _SYNTAX.match(s)
            base = m.group(1) if m else s
            toks.update(base.split("_"))
        self.syntax_tokens = (toks - GENERIC_SYNTAX_TOKENS) | PROSE_TOOL_TOKENS
        self.idea = {fold(t) for t in self.enc_tokens} | self.enc_tokens | HAND_IDEA_WORDS | {
            fold(t) for t in HAND_IDEA_WORDS}

    def name_errors(self, what, name):
        errs = []
        n = name.lower()
        if n in self.names:
            errs.append(f"{what} {name!r} is an earlier name")
        for part in n.split("__"):
            if part and part != n and part in self.names:
                errs.append(f"{what} {name!r}: part {part!r} is an earlier name")
        return errs

    def syntax_errors(self, syntax, prefix=None):
        errs = []
        s = syntax.lower()
        base = s
        m = _SYNTAX.match(s)
        if m:
            base = m.group(1)
        for cand in {s, base}:
            if cand in self.syntaxes or cand in self.names:
                errs.append(f"syntax {syntax!r} is an earlier syntax or name")
        for t in base.split("_"):
            if t in self.syntax_tokens:
                errs.append(f"syntax {syntax!r}: token {t!r} is an earlier tool token")
        return errs

    def encoding_errors(self, enc):
        errs = self.name_errors("encoding", enc)
        for t in enc.lower().split("_"):
            if t in self.idea or fold(t) in self.idea:
                errs.append(f"encoding {enc!r}: token {t!r} is an earlier idea word")
        return errs

    def language_errors(self, code, name):
        errs = []
        c = code.lower()
        if c in self.codes or c in HAND_LANG_CODES or c in self.lnames or c in HAND_LANG_NAMES:
            errs.append(f"language code {code!r} used earlier")
        nm = name.lower()
        words = [w for w in re.split(r"[^a-z]+", nm) if w]
        for w in [nm] + words:
            if w in self.lnames or w in HAND_LANG_NAMES:
                errs.append(f"language name {name!r}: {w!r} used earlier")
        return errs
