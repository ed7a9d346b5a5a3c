# -*- coding: utf-8 -*-
"""Hard negatives of the ice-rink world: texts that look secret-ish but hold no secret."""
import base64
import hashlib
import json
import random

from common223 import (SEED_NEGATIVE, AN, LAN, UAN, HEX, B64U, B64, DIGITS, UPPER, rs, rbytes, uuid4, b64,
                       b64u_nopad, luhn_digit, gs1_check, vin_check, VIN_ALPHA, iban_make, PW_SCAN_RE)

NAMES = ["Mira Okafor", "Jules Tremblay", "Priya Nair", "Dana Lindqvist", "Sam Kowalski", "Lee Haddad",
         "Riley Chen", "Alex Moreau", "Kim Sørensen", "Noor Abbasi", "Tomas Novak", "Ines Duarte"]
TEAMS = ["Lindqvist", "Okafor", "Chen", "Moreau", "Novak", "Haddad", "Abbasi", "Duarte"]
CLUBS = ["Riverbend FSC", "Northpond Skating Club", "Lakeview Curling Club", "Westgate Figure Skating"]


def _dig(rng, n):
    return rs(rng, DIGITS, n)


# ---------------------------------------------------------------- 1 membership / test numbers
def membership_card_roster_csv(rng):
    rows = ["member_no,name,club,category,expires"]
    for _ in range(rng.randint(4, 6)):
        rows.append("%s,%s,%s,%s,2026-08-31" % (_dig(rng, 8), rng.choice(NAMES), rng.choice(CLUBS),
                                                  rng.choice(["STAR 4", "STAR 6", "Gold", "Adult", "CanSkate"])))
    return "\n".join(rows) + "\n"


def test_result_letter_text(rng):
    return ("Test result notice -- member #%s\nTest ID: T-2026-%s   Session: %s\nAssessment: %s-FS-%s   "
            "Evaluator no. EV%s\nResult: PASS (merit)\n") % (
        _dig(rng, 8), _dig(rng, 5), rng.choice(["Spring test day", "Winter test day"]),
        rng.choice(["STR6", "STR8", "GLD1"]), _dig(rng, 3), _dig(rng, 6))


# ---------------------------------------------------------------- 2 curling draws
def draw_schedule_printout(rng):
    lines = ["Draw %d -- %s %02d:%02d" % (rng.randint(1, 12), rng.choice(["Sat", "Sun", "Fri"]),
                                          rng.choice([9, 11, 14, 16, 19]), rng.choice([0, 30]))]
    for sheet in "ABCDEF"[:rng.randint(4, 6)]:
        a, b = rng.sample(TEAMS, 2)
        lines.append("Sheet %s: Team %s vs Team %s (hammer: %s)  stones %d-%d" % (
            sheet, a, b, rng.choice([a, b]), rng.randint(1, 8), rng.randint(9, 16)))
    return "\n".join(lines) + "\n"


def league_standings_json(rng):
    rows = [{"team": t, "w": rng.randint(0, 9), "l": rng.randint(0, 9), "pf": rng.randint(20, 90),
             "pa": rng.randint(20, 90), "lsd_cm": round(rng.uniform(20, 90), 1), "draw_id": "D-" + _dig(rng, 6)}
            for t in rng.sample(TEAMS, 4)]
    return json.dumps({"league": "Tuesday Mixed", "season": "2025-26", "standings": rows}, indent=2) + "\n"


# ---------------------------------------------------------------- 3 judging protocols
ELEM = ["3Lz", "3F", "2A", "3Lo", "3S+2T", "CCoSp4", "FCSp3", "LSp4", "StSq3", "ChSq1", "3T"]


def judges_protocol_text(rng):
    lines = ["#  Element   BV     GOE    J1 J2 J3 J4 J5  Score"]
    for i in range(1, rng.randint(5, 8)):
        bv = rng.uniform(1.5, 6.0)
        goe = rng.uniform(-1, 1.5)
        js = " ".join("%2d" % rng.randint(-2, 3) for _ in range(5))
        lines.append("%d  %-8s %5.2f  %5.2f  %s  %5.2f" % (i, rng.choice(ELEM), bv, goe, js, bv + goe))
    lines.append("Panel ref %s-%s  TES %.2f" % (rng.choice(["JP", "RS"]), _dig(rng, 7), rng.uniform(20, 45)))
    return "\n".join(lines) + "\n"


def competition_results_csv(rng):
    rows = ["rank,skater,club,tes,pcs,deductions,total,start_no"]
    for r in range(1, rng.randint(5, 8)):
        tes, pcs = rng.uniform(15, 40), rng.uniform(10, 30)
        rows.append("%d,%s,%s,%.2f,%.2f,0.00,%.2f,%d" % (r, rng.choice(NAMES), rng.choice(CLUBS), tes, pcs,
                                                         tes + pcs, rng.randint(1, 24)))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- 4 hockey gamesheets
def gamesheet_export_text(rng):
    lines = ["Game #U13-2026-%s  Northpond Arena, Rink B" % _dig(rng, 4)]
    for _ in range(rng.randint(3, 6)):
        lines.append("P%d %02d:%02d  PEN 2:00 %s #%d" % (rng.randint(1, 3), rng.randint(0, 19), rng.randint(0, 59),
                                                        rng.choice(["TRIP", "HOOK", "SLASH", "ROUGH", "TOO-MANY"]),
                                                        rng.randint(2, 99)))
    lines.append("Referee cert %s  Scorekeeper badge %s" % (_dig(rng, 9), rs(rng, UAN, 6)))
    return "\n".join(lines) + "\n"


def penalty_summary_json(rng):
    pens = [{"period": rng.randint(1, 3), "code": rng.choice(["TRIP", "HOLD", "INT", "BOARD"]),
             "player": rng.randint(2, 99), "minutes": rng.choice([2, 2, 4, 5])} for _ in range(rng.randint(2, 5))]
    return json.dumps({"game_id": "G" + _dig(rng, 9), "home": "Northpond U15", "away": "Westgate U15",
                       "penalties": pens}, indent=1) + "\n"


# ---------------------------------------------------------------- 5 vehicle VINs
def _vin(rng):
    body = [rng.choice(VIN_ALPHA) for _ in range(17)]
    body[9] = rng.choice("PRSTV")  # model year letter
    v = "".join(body)
    v = v[:8] + vin_check(v[:8] + "0" + v[9:]) + v[9:]
    return v


def fleet_register_csv(rng):
    rows = ["unit,description,vin,plate,odometer_km"]
    for u in range(1, rng.randint(3, 5)):
        rows.append("%d,%s,%s,%s,%d" % (u, rng.choice(["rink maintenance pickup", "ice resurfacer trailer",
                                                         "team bus", "pro-shop van"]),
                                        _vin(rng), rs(rng, UAN, 7), rng.randint(1000, 180000)))
    return "\n".join(rows) + "\n"


def service_invoice_lines(rng):
    return ("INVOICE %s -- Northpond Arena fleet\nVehicle VIN: %s\nLabour 2.5 h  oil + filters  tyre rotation\n"
            "Work order WO-%s   Technician T%s\n") % (_dig(rng, 7), _vin(rng), _dig(rng, 6), _dig(rng, 3))


# ---------------------------------------------------------------- 6 IBANs
def _iban(rng):
    c = rng.choice(["DE", "NL", "GB", "CH", "SE"])
    if c == "DE":
        return iban_make("DE", _dig(rng, 18))
    if c == "NL":
        return iban_make("NL", rs(rng, UPPER, 4) + _dig(rng, 10))
    if c == "GB":
        return iban_make("GB", rs(rng, UPPER, 4) + _dig(rng, 14))
    if c == "CH":
        return iban_make("CH", _dig(rng, 17))
    return iban_make("SE", _dig(rng, 20))


def dues_direct_debit_mandate_text(rng):
    return ("SEPA direct debit mandate -- Lakeview Curling Club season dues\nCreditor ID: DE%s ZZZ%s\n"
            "Mandate ref: LCC-%s\nDebtor: %s\nIBAN: %s\nAmount: EUR %d.00 yearly\n") % (
        _dig(rng, 2), _dig(rng, 11), _dig(rng, 6), rng.choice(NAMES), _iban(rng), rng.randint(180, 420))


def treasurer_payment_csv(rng):
    rows = ["date,payee,iban,amount,reference"]
    for _ in range(rng.randint(3, 5)):
        rows.append("2026-01-%02d,%s,%s,%d.00,DUES-%s" % (rng.randint(1, 28), rng.choice(NAMES), _iban(rng),
                                                           rng.randint(40, 600), _dig(rng, 5)))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- 7 ISBN-13
def _isbn(rng):
    b = rng.choice(["978", "979"]) + _dig(rng, 9)
    return b + gs1_check(b)


def club_library_catalogue_csv(rng):
    rows = ["isbn13,title,shelf"]
    for _ in range(rng.randint(3, 5)):
        rows.append("%s,%s,%s" % (_isbn(rng), rng.choice(["Edges and Turns", "Coaching the Axel", "Curling Strategy",
                                                          "Ice Technician's Handbook", "Off-Ice Conditioning"]),
                                  rs(rng, UPPER, 1) + _dig(rng, 2)))
    return "\n".join(rows) + "\n"


def coach_reading_list_email(rng):
    return ("Hi coaches,\nFor the seminar please read:\n- Edges and Turns, ISBN %s\n- Coaching the Axel, ISBN %s\n"
            "Library copies are on shelf %s.\n-- %s\n") % (_isbn(rng), _isbn(rng), rs(rng, UPPER, 1) + _dig(rng, 2),
                                                       rng.choice(NAMES))


# ---------------------------------------------------------------- 8 UPC-A
def _upc(rng):
    b = _dig(rng, 11)
    return b + gs1_check(b)


def pro_shop_inventory_csv(rng):
    rows = ["upc,item,size,qty"]
    for _ in range(rng.randint(4, 6)):
        rows.append("%s,%s,%s,%d" % (_upc(rng), rng.choice(["skate guards", "laces 108in", "blade soakers",
                                                            "curling gripper", "hockey tape", "sharpening stone"]),
                                     rng.choice(["S", "M", "L", "-"]), rng.randint(0, 40)))
    return "\n".join(rows) + "\n"


def pos_scan_log(rng):
    lines = []
    for _ in range(rng.randint(4, 7)):
        lines.append("%02d:%02d:%02d SCAN %s qty=1 till=2" % (rng.randint(8, 21), rng.randint(0, 59),
                                                              rng.randint(0, 59), _upc(rng)))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- 9 Modbus register maps
def modbus_register_map_csv(rng):
    rows = ["address,name,type,scale,unit,last_raw"]
    for i, nm in enumerate(rng.sample(["brine_supply_temp", "brine_return_temp", "slab_temp", "compressor_amps",
                                       "suction_pressure", "discharge_pressure", "glycol_flow"], 5)):
        rows.append("%d,%s,INT16,0.1,%s,0x%s" % (40001 + i * 2, nm, rng.choice(["degC", "A", "kPa", "l/min"]),
                                                 rs(rng, "0123456789ABCDEF", 4)))
    return "\n".join(rows) + "\n"


def plc_tag_export_json(rng):
    tags = [{"tag": "CMP%d_%s" % (rng.randint(1, 3), rng.choice(["RUN", "FAULT", "HRS", "AMPS"])),
             "addr": "%%MW%d" % rng.randint(100, 900), "raw": "0x" + rs(rng, "0123456789ABCDEF", 8)}
            for _ in range(rng.randint(3, 6))]
    return json.dumps({"plc": "IcePlant-PLC-2", "fw": "3.%d.%d" % (rng.randint(0, 9), rng.randint(0, 20)),
                       "tags": tags}, indent=2) + "\n"


# ---------------------------------------------------------------- 10 public client ids
def booking_checkout_html_head(rng):
    return ("<head>\n  <script src=\"https://js.stripe.com/v3/\"></script>\n"
            "  <script src=\"https://www.paypal.com/sdk/js?client-id=A%s&currency=CAD\"></script>\n"
            "  <script>const stripe = Stripe('pk_live_51%s');</script>\n"
            "  <script>Sentry.init({ dsn: 'https://%s@o%s.ingest.sentry.io/%s' });</script>\n</head>\n") % (
        rs(rng, B64U, 79), rs(rng, AN, 97), rs(rng, HEX, 32), _dig(rng, 6), _dig(rng, 7))


def coach_app_public_env_json(rng):
    mb = b64u_nopad(json.dumps({"u": "northpond", "a": rs(rng, LAN, 25)}, separators=(",", ":")).encode())
    return json.dumps({"NEXT_PUBLIC_ALGOLIA_APP_ID": rs(rng, UAN, 10),
                       "NEXT_PUBLIC_ALGOLIA_SEARCH_ONLY_KEY": rs(rng, HEX, 32),
                       "NEXT_PUBLIC_MAPBOX_TOKEN": "pk." + mb + "." + rs(rng, B64U, 22),
                       "NEXT_PUBLIC_GOOGLE_CLIENT_ID": _dig(rng, 12) + "-" + rs(rng, LAN, 32) + ".apps.googleusercontent.com",
                       "NEXT_PUBLIC_POSTHOG_KEY": "phc_" + rs(rng, AN, 43)}, indent=2) + "\n"


# ---------------------------------------------------------------- 11 placeholders
def env_template_file(rng):
    return ("# .env.template -- copy to .env and fill in from the vault\n"
            "BOOKING_ADMIN_PASSWORD=%s\nLEAGUE_DB_PASSWORD=%s\nPLANT_TELEMETRY_TOKEN=ipt_<paste-from-plant-portal>\n"
            "SCOREBOARD_SIGNING_SECRET=%s\nADMIN_TOTP_SEED=${ADMIN_TOTP_SEED:?set it in the vault}\n"
            "GATE_SIGNING_KEY=MC4CAQAwBQYDK2VwBCIEI...\nLOCKER_FERNET_KEY=\n") % (
        rng.choice(["changeme", "<choose-one>", "", "xxxxxxxx"]), rng.choice(["changeme", "postgres", "<ask-ops>"]),
        rng.choice(["sbf_REPLACE_ME", "sbf_" + "x" * 43, "sbf_<generate-with-openssl-rand>"]))


def onboarding_readme_snippet(rng):
    return ("## Local setup (%s)\n1. Copy `.env.template` to `.env`.\n2. Set `PORTAL_SERVICE_JWT` to the token from "
            "the skater portal admin page (it starts `eyJhbGciOiJIUzM4NCJ9...`).\n3. Ask %s for `RESURFACING_DB_PASSWORD`; "
            "never commit it.\n4. `ADMIN_TOTP_SEED` looks like `JBSWY3DPEHPK3PXP` in the docs -- that is the well-known "
            "documentation example, not ours.\n") % (rng.choice(["bookings", "draws", "plant"]), rng.choice(NAMES))


# ---------------------------------------------------------------- 12 masked values
def booking_api_log_masked(rng):
    lines = []
    for _ in range(rng.randint(3, 5)):
        lines.append("%s POST /api/bookings %d auth=Bearer *** plant_token=ipt_****%s req=%s" % (
            "2026-01-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                                              rng.randint(0, 59)),
            rng.choice([201, 200, 409]), rs(rng, "0123456789ABCDEF", 4), uuid4(rng)))
    lines.append("config dump: league_db_password=[REDACTED] totp_seed=[MASKED] fernet=••••••••")
    return "\n".join(lines) + "\n"


def ci_deploy_log_masked(rng):
    return ("Run ./deploy.sh %s\n  env:\n    SCOREBOARD_SIGNING_SECRET: ***\n    LOCKER_FERNET_KEY: ***\n"
            "Deploying rink-bookings@%s ... done in %ds\n") % (rng.choice(["prod", "staging"]), rs(rng, HEX, 7),
                                                            rng.randint(20, 90))


# ---------------------------------------------------------------- 13 secret-store pointers
def ssm_parameter_refs_yaml(rng):
    return ("Resources:\n  DrawsTask:\n    Properties:\n      Secrets:\n"
            "        - Name: LEAGUE_DB_PASSWORD\n          ValueFrom: arn:aws:secretsmanager:ca-central-1:%s:secret:rink/league-db-%s\n"
            "        - Name: PLANT_TELEMETRY_TOKEN\n          ValueFrom: '{{resolve:ssm-secure:/rink/prod/plant-telemetry:%d}}'\n") % (
        _dig(rng, 12), rs(rng, AN, 6), rng.randint(1, 9))


def infisical_and_1password_refs(rng):
    return ("LOCKER_FERNET_KEY=op://Rink Ops/Locker Fernet %s/credential\n"
            "SCOREBOARD_SIGNING_SECRET=${{ secrets.SCOREBOARD_SIGNING_SECRET }}\n"
            "ADMIN_TOTP_SEED=$(vault kv get -field=seed secret/rink/%s/admin-totp)\n"
            "GATE_SIGNING_KEY=gcp-secret://projects/northpond-%s/secrets/gate-signing/versions/latest\n") % (
        rng.choice(["2025", "2026", "prod"]), rng.choice(["north", "west"]), _dig(rng, 6))


# ---------------------------------------------------------------- 14 bcrypt / argon2id
BCRYPT_ALPHA = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def staff_users_table_dump(rng):
    lines = [" id | login        | password_hash", "----+--------------+" + "-" * 62]
    for i in range(1, rng.randint(3, 5)):
        lines.append(" %2d | %-12s | $2b$%02d$%s" % (i, rng.choice(["frontdesk", "icetech", "coach_mira", "proshop",
                                                                    "treasurer"]), rng.choice([10, 12]),
                                                      rs(rng, BCRYPT_ALPHA, 53)))
    return "\n".join(lines) + "\n"


def coach_accounts_seed_json(rng):
    rows = [{"login": rng.choice(["coach_jules", "coach_priya", "coach_lee", "coach_noor"]),
             "hash": "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64(rbytes(rng, 16)).rstrip("="),
                                                             b64(rbytes(rng, 32)).rstrip("="))}
            for _ in range(rng.randint(2, 4))]
    return json.dumps(rows, indent=2) + "\n"


# ---------------------------------------------------------------- 15 SSH public keys
def _ssh_ed25519(rng):
    def s(b):
        return len(b).to_bytes(4, "big") + b
    blob = s(b"ssh-ed25519") + s(rbytes(rng, 32))
    return b64(blob), "SHA256:" + b64(hashlib.sha256(blob).digest()).rstrip("=")


def authorized_keys_file(rng):
    lines = ["# ~deploy/.ssh/authorized_keys on scoreboard-pi"]
    for who in rng.sample(["ci@rink-ops", "dana@laptop", "plant-gw", "mira@ipad"], 2):
        k, _ = _ssh_ed25519(rng)
        lines.append("ssh-ed25519 %s %s" % (k, who))
    return "\n".join(lines) + "\n"


def known_hosts_and_fingerprints(rng):
    k, fp = _ssh_ed25519(rng)
    k2, fp2 = _ssh_ed25519(rng)
    return ("plant-gw.northpondarena.lan ssh-ed25519 %s\n$ ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\n"
            "256 %s root@scoreboard-pi (ED25519)\nsecond host fingerprint: %s\n") % (k, fp, fp2)


# ---------------------------------------------------------------- 16 public certificates
def _pem(rng):
    body = b64(bytes([0x30, 0x82, 0x03, rng.randrange(256)]) + rbytes(rng, rng.choice([300, 360, 420])))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ca_bundle_excerpt(rng):
    return "# /etc/ssl/rink-ca-bundle.pem (public chain of the booking site)\n%s\n" % _pem(rng)


def cert_chain_in_ticket(rng):
    return ("Vendor asked for the public certificate of book.northpondarena.example (serial %s):\n%s\n") % (
        ":".join(rs(rng, "0123456789ABCDEF", 2) for _ in range(8)), _pem(rng))


# ---------------------------------------------------------------- 17 ciphertexts
def _fernet_token(rng):
    ts = (1767225600 + rng.randrange(10 ** 6)).to_bytes(8, "big")
    raw = b"\x80" + ts + rbytes(rng, 16) + rbytes(rng, 16 * rng.randint(1, 3)) + rbytes(rng, 32)
    return base64.urlsafe_b64encode(raw).decode()


def encrypted_locker_codes_json(rng):
    rows = {"room_%s%d" % (rng.choice("AB"), i): _fernet_token(rng) for i in range(1, rng.randint(3, 5))}
    return json.dumps({"cipher": "fernet", "locker_codes": rows}, indent=2) + "\n"


def jwe_cookie_debug_log(rng):
    hdr = b64u_nopad(json.dumps({"alg": "dir", "enc": "A256GCM"}, separators=(",", ":")).encode())
    tok = hdr + ".." + b64u_nopad(rbytes(rng, 12)) + "." + b64u_nopad(rbytes(rng, rng.randint(60, 140))) + "." + \
        b64u_nopad(rbytes(rng, 16))
    return "DEBUG session cookie (encrypted, JWE compact) for skater portal: __sess=%s\n" % tok


# ---------------------------------------------------------------- 18 password-hygiene prose
HYG = ["Never write the rink-office password on the whiteboard in the Zamboni room.",
       "Use the password manager for the booking admin login; do not share it in chats.",
       "If you think a password leaked, tell the rink manager and we will rotate it the same day.",
       "Passwords must be at least 14 characters; a short sentence about your favourite jump is fine.",
       "Coaches get their own scheduler logins -- please do not borrow a colleague's account.",
       "The ice-plant controller password is only given to the certified technicians.",
       "Two-factor codes from the app expire after thirty seconds, so screenshots are useless anyway.",
       "We changed the pro-shop till passwords after the bonspiel weekend.",
       "Do not reuse your club e-mail password for the test-day portal.",
       "Volunteers at the scorer's table get a temporary login that expires at midnight."]


def staff_handbook_security_page(rng):
    return "Staff handbook -- section %d.%d, accounts and passwords\n\n%s\n" % (
        rng.randint(3, 9), rng.randint(1, 9), "\n".join("* " + s for s in rng.sample(HYG, 4)))


def committee_reminder_email(rng):
    return "Subject: Reminder about passwords\n\nHi all,\n%s\n\nThanks,\n%s (club secretary)\n" % (
        " ".join(rng.sample(HYG, 3)), rng.choice(NAMES))


# ---------------------------------------------------------------- 19 public playback ids
def stream_schedule_page(rng):
    lines = ["Live streams this weekend (public):"]
    for _ in range(rng.randint(2, 4)):
        lines.append("- %s vs %s: https://youtu.be/%s  | LiveBarn surface %s" % (
            rng.choice(["Northpond U13", "Westgate U13", "Lakeview rink 1"]), rng.choice(["Riverbend", "Eastside"]),
            rs(rng, B64U, 11), _dig(rng, 4)))
    lines.append("Twitch: twitch.tv/%s" % rng.choice(["northpondarena", "lakeviewcurling", "riverbendfsc"]))
    return "\n".join(lines) + "\n"


def embed_snippet_html(rng):
    return ("<iframe src=\"https://www.youtube.com/embed/%s\" allowfullscreen></iframe>\n"
            "<mux-player playback-id=\"%s\" metadata-video-title=\"Bonspiel final\"></mux-player>\n") % (
        rs(rng, B64U, 11), rs(rng, AN, 44))


# ---------------------------------------------------------------- 20 checksum manifests
def sha256sums_file(rng):
    lines = []
    for f in rng.sample(["scoreboard-feed_2.4.1_arm64.deb", "scoreboard-feed_2.4.1_amd64.deb", "floodlog-1.9.0.tar.gz",
                         "plant-gw-firmware-3.2.bin", "lockers-1.9.jar"], 3):
        lines.append("%s  %s" % (hashlib.sha256(rbytes(rng, 64)).hexdigest(), f))
    return "\n".join(lines) + "\n"


def firmware_release_notes(rng):
    return ("HMI firmware %d.%d.%d release notes\n- fixes brine alarm debounce\nSHA-256: %s\nSHA-1 (legacy "
            "updater): %s\n") % (rng.randint(2, 4), rng.randint(0, 9), rng.randint(0, 20),
                                 hashlib.sha256(rbytes(rng, 64)).hexdigest(), hashlib.sha1(rbytes(rng, 64)).hexdigest())


CLASSES = [
    ("skater_membership_and_test_numbers", [membership_card_roster_csv, test_result_letter_text],
     "skating-federation member numbers, test ids, assessment and evaluator numbers"),
    ("curling_draw_and_sheet_schedules", [draw_schedule_printout, league_standings_json],
     "draws, sheets, hammer, stone numbers, standings and last-stone-draw averages"),
    ("isu_judging_protocol_tables", [judges_protocol_text, competition_results_csv],
     "element codes, base values, GOE, judges' marks, TES / PCS totals and panel references"),
    ("hockey_gamesheet_and_penalty_codes", [gamesheet_export_text, penalty_summary_json],
     "game numbers, penalty codes, referee certificates and scorekeeper badges"),
    ("rink_vehicle_vin_check_digits", [fleet_register_csv, service_invoice_lines],
     "17-character VINs of the rink's vehicles with real North American check digits (position 9)"),
    ("club_dues_iban_numbers", [dues_direct_debit_mandate_text, treasurer_payment_csv],
     "IBANs (DE, NL, GB, CH, SE) with real ISO 13616 mod-97 check digits, creditor ids and mandate refs"),
    ("coaching_manual_isbn13_codes", [club_library_catalogue_csv, coach_reading_list_email],
     "ISBN-13s of coaching manuals with real check digits"),
    ("pro_shop_upc_a_barcodes", [pro_shop_inventory_csv, pos_scan_log],
     "12-digit UPC-A codes of pro-shop items with real GS1 check digits"),
    ("ice_plant_modbus_register_maps", [modbus_register_map_csv, plc_tag_export_json],
     "Modbus register addresses, PLC tags and raw hex readings of the ice plant"),
    ("rink_checkout_public_client_ids", [booking_checkout_html_head, coach_app_public_env_json],
     "Stripe `pk_live_`, PayPal SDK client-id, Sentry DSN public key, Algolia search-only key, Mapbox `pk.`, "
     "Google OAuth client id, PostHog `phc_` (public by design)"),
    ("rink_env_template_placeholders", [env_template_file, onboarding_readme_snippet],
     "templates with the real everyday key names: `changeme`, empty values, `ipt_<paste-…>`, `sbf_REPLACE_ME`, "
     "all-x, `${…:?…}`, the truncated `MC4CAQAwBQYDK2VwBCIEI...` and `eyJhbGciOiJIUzM4NCJ9...`, a published documentation TOTP seed"),
    ("redacted_values_in_rink_logs", [booking_api_log_masked, ci_deploy_log_masked],
     "`***`, `ipt_****` + 4 hex, `[REDACTED]`, `[MASKED]`, bullets"),
    ("vault_and_parameter_store_paths", [ssm_parameter_refs_yaml, infisical_and_1password_refs],
     "Secrets Manager ARNs, `{{resolve:ssm-secure:…}}`, `op://` references, `${{ secrets.* }}`, `vault kv get`, "
     "`gcp-secret://` paths"),
    ("bcrypt_and_argon2id_hashes", [staff_users_table_dump, coach_accounts_seed_json],
     "bcrypt `$2b$` and `$argon2id$v=19$` password hashes (random in frame; the column is called password_hash)"),
    ("ssh_public_keys_and_fingerprints", [authorized_keys_file, known_hosts_and_fingerprints],
     "`ssh-ed25519` public keys (real wire-format blob of random key bytes) and their real `SHA256:` fingerprints"),
    ("public_tls_certificate_pem_blocks", [ca_bundle_excerpt, cert_chain_in_ticket],
     "`BEGIN CERTIFICATE` blocks (DER-looking random body) and certificate serials"),
    ("fernet_and_jwe_ciphertext_tokens", [encrypted_locker_codes_json, jwe_cookie_debug_log],
     "Fernet tokens (real 0x80 + timestamp + IV + blocks + HMAC layout, random bytes) and `dir` / A256GCM JWE "
     "compact ciphertexts -- encrypted data, not keys"),
    ("rink_staff_password_hygiene_prose", [staff_handbook_security_page, committee_reminder_email],
     "handbook and reminder prose about passwords with no password in it"),
    ("livestream_public_playback_ids", [stream_schedule_page, embed_snippet_html],
     "YouTube video ids, LiveBarn surface numbers, Twitch channel names and Mux playback ids (public)"),
    ("release_sha256sums_manifests", [sha256sums_file, firmware_release_notes],
     "SHA-256 / SHA-1 sums of release files (real digests of random bytes)"),
]

WRAPPERS = [
    ("", "{T}"),
    ("__in_curling_club_forum_post",
     "Posted by {N} in Lakeview Curling › Tech corner\n\n{T}\n-- reply here if something looks wrong\n"),
    ("__in_rink_ops_slack_thread", "#rink-ops  {N}: pasting this for reference\n```\n{T}```\n"),
    ("__in_skating_coach_email_forward",
     "---------- Forwarded message ---------\nFrom: {N} <office@riverbendfsc.example>\nSubject: FYI\n\n{T}"),
    ("__in_ice_plant_service_ticket",
     "Service ticket #{K} (plant room)\nAttachment excerpt:\n{T}Status: waiting on vendor\n"),
]


def generate(registered):
    rng = random.Random(SEED_NEGATIVE)
    longs = [s for s in registered if len(s) >= 6]
    recs = []
    seen = set()
    n = 1
    for cname, kinds, _d in CLASSES:
        for kfn in kinds:
            for wname, wt in WRAPPERS:
                for _ in range(200):
                    base = kfn(rng)
                    text = wt.replace("{N}", rng.choice(NAMES)).replace("{K}", _dig(rng, 5)).replace("{T}", base)
                    if text in seen or PW_SCAN_RE.search(text) or any(s in text for s in longs):
                        continue
                    break
                else:
                    raise RuntimeError("no clean negative for " + cname)
                seen.add(text)
                recs.append({"id": "p223-n-%04d" % n, "class": cname, "container": kfn.__name__ + wname,
                             "text": text, "source": "negative"})
                n += 1
    return recs
