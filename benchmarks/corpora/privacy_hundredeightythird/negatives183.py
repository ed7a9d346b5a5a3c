"""Hard negatives of the planetarium / observatory world: no secret, but secret-looking."""
import hashlib
import json

from common183 import (ALNUM, B62, B64URL, BECH32, DIGITS, HEX, LALNUM, LOWER, UALNUM, UPPER, b64,
                       b64url_nopad, rbytes, rs, uuid4)

USERS = ["mira", "tomasz", "ade", "keiko", "rhys", "lena", "farid", "sol", "ines", "oskar"]


# ---------------------------------------------------------------- check-digit helpers
def tle_checksum(line68):
    s = 0
    for ch in line68:
        if ch.isdigit():
            s += int(ch)
        elif ch == "-":
            s += 1
    return str(s % 10)


def orcid_check(base15):
    total = 0
    for ch in base15:
        total = (total + int(ch)) * 2
    r = (12 - total % 11) % 11
    return "X" if r == 10 else str(r)


def mod97_check(digits):
    return "%02d" % (98 - int(digits + "00") % 97)


def fits_encode(value):
    """FITS ASCII encoding of a 32-bit checksum (complemented), per the FITS checksum convention."""
    value = (~value) & 0xFFFFFFFF
    exclude = set(list(range(0x3A, 0x41)) + list(range(0x5B, 0x61)))
    asc = [0] * 16
    for i in range(4):
        byte = (value >> (24 - 8 * i)) & 0xFF
        q, r = byte // 4 + 0x30, byte % 4
        ch = [q + r, q, q, q]
        check = True
        while check:
            check = False
            for j in (0, 2):
                while ch[j] in exclude or ch[j + 1] in exclude:
                    ch[j] += 1
                    ch[j + 1] -= 1
                    check = True
        for j in range(4):
            asc[4 * j + i] = ch[j]
    asc = asc[15:] + asc[:15]
    return "".join(chr(c) for c in asc)


def tle_pair(rng, name):
    satnum = rng.randint(10000, 59999)
    intl = "%02d%03d%s" % (rng.randint(0, 24), rng.randint(1, 300), rng.choice(["A", "B", "C", "D"]))
    epoch = "%02d%012.8f" % (24, rng.uniform(1, 365))
    ndot = (" .%08d" % rng.randint(0, 99999))[:10].ljust(10)
    nddot = " 00000+0"
    bstar = " %05d-%d" % (rng.randint(10000, 99999), rng.randint(3, 5))
    l1 = "1 %05dU %-8s %14s %10s %8s %8s 0 %4d" % (satnum, intl, epoch, ndot, nddot, bstar, rng.randint(1, 999))
    l2 = "2 %05d %8.4f %8.4f %07d %8.4f %8.4f %11.8f%5d" % (
        satnum, rng.uniform(0, 99), rng.uniform(0, 359), rng.randint(0, 20000), rng.uniform(0, 359),
        rng.uniform(0, 359), rng.uniform(11, 16), rng.randint(1, 99999))
    assert len(l1) == 68 and len(l2) == 68, (len(l1), len(l2))
    return name, l1 + tle_checksum(l1), l2 + tle_checksum(l2)


def tle_ok(line):
    return len(line) == 69 and tle_checksum(line[:68]) == line[68]


# ---------------------------------------------------------------- base kinds
OBJECTS = [("M81", "NGC 3031", "09h55m33s", "+69°03′55″", "6.9"), ("M82", "NGC 3034", "09h55m52s", "+69°40′47″", "8.4"),
           ("M13", "NGC 6205", "16h41m41s", "+36°27′36″", "5.8"), ("M57", "NGC 6720", "18h53m35s", "+33°01′45″", "8.8"),
           ("M31", "NGC 224", "00h42m44s", "+41°16′09″", "3.4"), ("M42", "NGC 1976", "05h35m17s", "−05°23′28″", "4.0"),
           ("M51", "NGC 5194", "13h29m53s", "+47°11′43″", "8.4"), ("M27", "NGC 6853", "19h59m36s", "+22°43′16″", "7.5"),
           ("M101", "NGC 5457", "14h03m13s", "+54°20′57″", "7.9"), ("M45", "Mel 22", "03h47m24s", "+24°07′00″", "1.6")]


def k_target_list(rng):
    rows = rng.sample(OBJECTS, 5)
    lines = ["target,catalogue,ra_j2000,dec_j2000,vmag,filter,exposures"]
    for m, ngc, ra, dec, mag in rows:
        lines.append("%s,%s,%s,%s,%s,%s,%dx%ds" % (m, ngc, ra, dec, mag, rng.choice(["L", "Ha", "OIII", "RGB"]),
                                                   rng.randint(10, 60), rng.choice([60, 120, 180, 300])))
    return "\n".join(lines) + "\n"


def k_gaia_result(rng):
    lines = ["-- Gaia DR3 cone search r=0.05deg around %s" % rng.choice(OBJECTS)[0],
             "source_id,ra,dec,phot_g_mean_mag,parallax"]
    for _ in range(5):
        lines.append("%d,%.8f,%.8f,%.4f,%.4f" % (rng.randint(10 ** 18, 7 * 10 ** 18), rng.uniform(0, 360),
                                                 rng.uniform(-30, 80), rng.uniform(9, 20), rng.uniform(-0.5, 6)))
    return "\n".join(lines) + "\n"


def k_fits_header(rng):
    cs = fits_encode(rng.getrandbits(32))
    return ("SIMPLE  =                    T / conforms to FITS standard\n"
            "BITPIX  =                   16 / array data type\n"
            "NAXIS   =                    2\n"
            "OBJECT  = '%s    '\n"
            "EXPTIME =                %5.1f\n"
            "CHECKSUM= '%s'   / HDU checksum updated 2024-04-09T01:%02d:%02d\n"
            "DATASUM = '%d'         / data unit checksum\n" % (rng.choice(OBJECTS)[0], rng.choice([60.0, 120.0, 180.0]),
                                                             cs, rng.randint(0, 59), rng.randint(0, 59), rng.getrandbits(32)))


def k_fits_verify(rng):
    lines = ["fitsverify 4.22 -- run on %d files" % 3]
    for _ in range(3):
        lines.append("light_%s_%04d.fits  CHECKSUM='%s'  DATASUM='%d'  OK" % (
            rng.choice(["M81", "M13", "M57"]), rng.randint(1, 400), fits_encode(rng.getrandbits(32)), rng.getrandbits(32)))
    return "\n".join(lines) + "\n"


def k_tle_file(rng):
    out = []
    for nm in rng.sample(["ISS (ZARYA)", "HST", "NOAA 19", "TIANGONG", "STARLINK-1130", "METEOR-M 2"], 2):
        out.extend(tle_pair(rng, nm))
    return "\n".join(out) + "\n"


def k_tracking_log(rng):
    name, l1, l2 = tle_pair(rng, rng.choice(["ISS (ZARYA)", "HST", "NOAA 19"]))
    return ("[gpredict] loaded elements for %s\n%s\n%s\nAOS 21:%02d:%02d az %.1f  max el %.1f  LOS 21:%02d:%02d\n"
            % (name, l1, l2, rng.randint(0, 59), rng.randint(0, 59), rng.uniform(0, 360), rng.uniform(10, 88),
               rng.randint(0, 59), rng.randint(0, 59)))


def k_ascom_profile(rng):
    lines = ["ASCOM Profile Explorer - export"]
    for dev, prog in [("Telescope", "ASCOM.SkyHall.Mount"), ("Dome", "ASCOM.SkyHall.RollOff"),
                      ("Focuser", "ASCOM.Simulator.Focuser"), ("ObservingConditions", "ASCOM.AAG_CloudWatcher.ObservingConditions")]:
        lines.append("%s: %s  CLSID={%s}" % (dev, prog, uuid4(rng, upper=True)))
    return "\n".join(lines) + "\n"


def k_driver_install_log(rng):
    return ("Installing SkyHall ASCOM drivers %d.%d.%d\nRegistering COM server ASCOM.SkyHall.Mount (CLSID {%s})\n"
            "Registering COM server ASCOM.SkyHall.RollOff (CLSID {%s})\nAppID {%s}\nInstall finished, exit code 0\n"
            % (rng.randint(1, 6), rng.randint(0, 9), rng.randint(0, 30), uuid4(rng, upper=True), uuid4(rng, upper=True),
               uuid4(rng, upper=True)))


def k_allsky_listing(rng):
    lines = ["$ ls -l /allsky/images/20240408/"]
    for _ in range(5):
        lines.append("-rw-r--r-- 1 allsky allsky %7d Apr  9 0%d:%02d image-20240409%02d%02d%02d.jpg" % (
            rng.randint(300000, 900000), rng.randint(0, 4), rng.randint(0, 59), rng.randint(0, 4), rng.randint(0, 59), rng.randint(0, 59)))
    lines.append("-rw-r--r-- 1 allsky allsky  %d Apr  9 05:10 keogram-20240408.jpg" % rng.randint(100000, 999999))
    return "\n".join(lines) + "\n"


def k_exif_dump(rng):
    return ("ExifTool Version Number : 12.76\nCamera Model Name : ZWO ASI%dMC\nSerial Number : %s\nExposure Time : %d\n"
            "Gain : %d\nImage Unique ID : %s\nDate/Time Original : 2024:04:09 0%d:%02d:%02d\n"
            % (rng.choice([178, 224, 462, 585, 676]), rs(rng, HEX, 16), rng.choice([10, 15, 20, 30]), rng.randint(100, 300),
               rs(rng, HEX, 32), rng.randint(0, 4), rng.randint(0, 59), rng.randint(0, 59)))


def k_weewx_loop(rng):
    lines = []
    for _ in range(3):
        lines.append("LOOP: 2024-04-09 01:%02d:%02d BST (%d) outTemp: %.1f, barometer: %.3f, windSpeed: %.1f, "
                     "rainRate: 0.0, radiation: 0.0, sqm: %.2f, cloudCover: %d" % (
                         rng.randint(0, 59), rng.randint(0, 59), 1712620000 + rng.randint(0, 9999), rng.uniform(-2, 14),
                         rng.uniform(29.5, 30.5), rng.uniform(0, 20), rng.uniform(18, 21.6), rng.randint(0, 100)))
    return "\n".join(lines) + "\n"


def k_davis_diag(rng):
    return ("WeatherLink Live diagnostics\nDID: %s\nFirmware: %d.%d.%d\nTransmitter ID: %d  RSSI: -%d dBm\n"
            "Station UUID: %s\nLast upload id: %s\n" % (rs(rng, HEX, 12).upper(), rng.randint(1, 9), rng.randint(0, 9),
                                                         rng.randint(0, 99), rng.randint(1, 8), rng.randint(40, 90), uuid4(rng), rs(rng, HEX, 24)))


def booking_ref(rng):
    d = rs(rng, DIGITS, 10)
    return "BK" + d + mod97_check(d)


def mod97_ok(ref):
    return int(ref[2:]) % 97 == 1


def k_trip_email(rng):
    return ("Subject: Booking confirmed - %s\n\nDear %s,\nyour school visit to the planetarium on %d May is confirmed.\n"
            "Booking reference: %s\nGroup: %d pupils, %d adults\nShow: 'We Are Stars' 10:30\nPlease quote the reference on arrival.\n"
            % (booking_ref(rng), rng.choice(["Ms Patel", "Mr Okafor", "Mrs Lind"]), rng.randint(1, 31), booking_ref(rng),
               rng.randint(20, 60), rng.randint(3, 8)))


def k_booking_rows(rng):
    lines = ["booking_ref,school_urn,visit_date,pupils,status"]
    for _ in range(4):
        lines.append("%s,%d,2024-0%d-%02d,%d,%s" % (booking_ref(rng), rng.randint(100000, 149999), rng.randint(4, 7),
                                                   rng.randint(1, 28), rng.randint(12, 90), rng.choice(["paid", "deposit", "held"])))
    return "\n".join(lines) + "\n"


def orcid(rng):
    base = "0000000" + rs(rng, DIGITS, 8)
    full = base + orcid_check(base)
    return "%s-%s-%s-%s" % (full[:4], full[4:8], full[8:12], full[12:])


def orcid_ok(o):
    digits = o.replace("-", "")
    return orcid_check(digits[:15]) == digits[15]


def bibcode(rng):
    return "%d%s%s%s%s" % (rng.randint(2015, 2024), rng.choice(["ApJ..", "MNRAS", "A&A..", "AJ...", "JAVSO"]),
                           ("%d" % rng.randint(100, 999)).rjust(4, "."), ("%d" % rng.randint(1, 999)).rjust(5, "."),
                           rng.choice(UPPER))


def k_ack(rng):
    return ("Acknowledgements. We thank the volunteers of the SkyHall meteor network (ORCID %s, %s). This work used data "
            "from %s and %s; DOI 10.%d/%s.\n" % (orcid(rng), orcid(rng), bibcode(rng), bibcode(rng), rng.randint(1000, 9999),
                                                 "zenodo." + rs(rng, DIGITS, 7)))


def k_profile_json(rng):
    return json.dumps({"name": rng.choice(["A. Okafor", "K. Lind", "M. Haddad"]), "orcid": orcid(rng),
                       "ads_library": rs(rng, B64URL, 22), "papers": [bibcode(rng), bibcode(rng)],
                       "arxiv": ["%d.%05d" % (rng.randint(2301, 2412), rng.randint(1, 19999))]}, indent=2) + "\n"


def packed_prov(rng):
    return "K%d%s%s%s%s" % (rng.randint(10, 24), rng.choice("ABCDEFGHJKLMNOPQRSTUVWXY"), rng.choice(DIGITS + "ABCDEFG"),
                            rng.choice(DIGITS), rng.choice("ABCDEFGHJKLMNOPQRSTUVWXYZ"))


def k_mpc_report(rng):
    lines = ["COD %s" % rng.choice(["J95", "Z80", "I89"]), "OBS A. Observer", "MEA SkyHall volunteers", "TEL 0.35-m f/7 SCT + CMOS"]
    for _ in range(3):
        lines.append("     %-7s  C2024 04 0%d.%05d %02d %02d %05.2f +%02d %02d %04.1f          %04.1f G      %s" % (
            packed_prov(rng), rng.randint(1, 9), rng.randint(0, 99999), rng.randint(0, 23), rng.randint(0, 59),
            rng.uniform(0, 59), rng.randint(0, 60), rng.randint(0, 59), rng.uniform(0, 59), rng.uniform(15, 20), rng.choice(["J95", "Z80", "I89"])))
    return "\n".join(lines) + "\n"


def k_comet_request(rng):
    return ("Ephemeris request\nObject: C/2023 A3 (Tsuchinshan-ATLAS), packed %s\nAlso: %s, %s\nStart 2024-10-%02d  step 1h  "
            "site %s\nJob id %s\n" % ("CK23A030", packed_prov(rng), packed_prov(rng), rng.randint(1, 28),
                                       rng.choice(["J95", "Z80"]), uuid4(rng)))


def k_stream_embed(rng):
    vid = rs(rng, B64URL, 11)
    return ('<!-- eclipse livestream embed -->\n<iframe width="960" height="540" src="https://www.youtube-nocookie.com/embed/%s?autoplay=1" '
            'allowfullscreen></iframe>\n<mux-player playback-id="%s" metadata-video-title="Totality from the roof"></mux-player>\n'
            % (vid, rs(rng, ALNUM, 44)))


def k_stream_analytics(rng):
    lines = ["video_id,platform,peak_viewers,avg_watch_s,hls_url"]
    for _ in range(3):
        lines.append("%s,%s,%d,%d,https://stream.skyhall.org/hls/%s/index.m3u8" % (
            rs(rng, B64URL, 11), rng.choice(["youtube", "twitch", "mux"]), rng.randint(100, 40000), rng.randint(30, 900), uuid4(rng)))
    return "\n".join(lines) + "\n"


def k_donation_html(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n'
            '  grecaptcha.ready(() => grecaptcha.execute("6L%s", {action: "donate"}));\n</script>\n'
            '<!-- Google tag G-%s -->\n' % (rs(rng, ALNUM, 97), rs(rng, B64URL, 38), rs(rng, UALNUM, 10)))


def k_widget_env(rng):
    return ("# public runtime config, shipped to browsers\nNEXT_PUBLIC_ALGOLIA_APP_ID=%s\nNEXT_PUBLIC_ALGOLIA_SEARCH_ONLY_KEY=%s\n"
            "NEXT_PUBLIC_SUPABASE_URL=https://%s.supabase.co\nNEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=sb_publishable_%s\n"
            "NEXT_PUBLIC_MAPS_KEY=AIza%s  # HTTP-referrer restricted to *.skyhall.org\n"
            % (rs(rng, UALNUM, 10), rs(rng, HEX, 32), rs(rng, LOWER, 20), rs(rng, B64URL, 31), rs(rng, B64URL, 35)))


def k_support_bundle(rng):
    return ("== environment (values masked by support-bundle v3) ==\nCITIZEN_SUBMISSION_API_KEY=csub_live_%s\n"
            "STREAM_PUBLISH_KEY=evl_****************\nWEATHER_HMAC_KEY=%s\nDONOR_CRM_DB_PASSWORD=[REDACTED %d chars]\n"
            % ("*" * rng.randint(8, 32), "•" * 12 + rs(rng, HEX, 4), rng.randint(10, 16)))


def k_settings_ocr(rng):
    return ("Integrations  >  Citizen science\nAPI key   csub_live_%s…%s   [Reveal] [Rotate]\nWebhook secret   ••••••••••••%s\n"
            "Last rotated %d days ago by %s\n" % (rs(rng, B62, 4), rs(rng, B62, 4), rs(rng, HEX, 4), rng.randint(2, 90), rng.choice(USERS)))


def k_sdk_readme(rng):
    return ("## Quickstart\n\n```python\nfrom skyhall_submit import Client\nclient = Client(api_key=\"csub_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\")\n"
            "client.submit(\"meteor\", lat=51.%d, lon=-1.%d)\n```\n\nFor the S3 mirror the AWS docs example pair works in the "
            "emulator: `AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`.\n" % (rng.randint(100, 999), rng.randint(100, 999)))


def k_env_template(rng):
    return ("# copy to .env and fill in\nSHOW_CONTROL_PASSWORD=\nMOUNT_REMOTE_PASSWORD=<ask-the-observatory-lead>\n"
            "WEATHER_HMAC_KEY=%s\nKIOSK_FLEET_TOKEN=kft.your-enrolment-token.00000000\nOSC_BRIDGE_PSK=changeme\nDB_PORT=%d\n"
            % ("0" * 64, rng.choice([5432, 3306, 6543])))


def k_helm_refs(rng):
    return ("externalSecrets:\n  - name: show-control\n    remoteRef:\n      key: secret/data/planetarium/show-control\n      property: operator_password\n"
            "  - name: osc-bridge\n    remoteRef:\n      key: akv://skyhall-kv-%s/osc-bridge-psk\nweather:\n  hmacKey: ref+vault://secret/observatory/weather#/hmac_key\n"
            % rs(rng, LALNUM, 4))


def k_actions_refs(rng):
    return ("env:\n  CSUB_API_KEY: ${{ secrets.CSUB_API_KEY }}\n  STREAM_PUBLISH_KEY: ${{ secrets.EVL_KEY_%s }}\n"
            "steps:\n  - run: doppler run --project allsky --config prd -- ./upload.sh\n  - run: op read \"op://Observatory/Roof UPS/credential\"\n"
            % rng.choice(["ECLIPSE", "PERSEIDS", "MAIN"]))


def sops_val(rng, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(rng, n)), b64(rbytes(rng, 32)), b64(rbytes(rng, 16)))


def age_recipient(rng):
    return "age1" + rs(rng, BECH32, 58)


def k_sops_yaml(rng):
    return ("show_control_password: %s\nosc_bridge_psk: %s\nsops:\n    age:\n        - recipient: %s\n"
            "    lastmodified: \"2024-04-0%dT20:11:02Z\"\n    mac: %s\n    version: 3.8.1\n"
            % (sops_val(rng, 12), sops_val(rng, 32), age_recipient(rng), rng.randint(1, 9), sops_val(rng, 32)))


def k_sops_dotenv(rng):
    return ("WEATHER_HMAC_KEY=%s\nCSUB_API_KEY=%s\nsops_age__list_0__map_recipient=%s\nsops_version=3.8.1\n"
            % (sops_val(rng, 64), sops_val(rng, 42), age_recipient(rng)))


def k_auth_user_dump(rng):
    lines = ["id | username | password | is_staff"]
    for i in range(3):
        lines.append("%d | %s | pbkdf2_sha256$600000$%s$%s | %s" % (
            rng.randint(1, 900), rng.choice(USERS), rs(rng, ALNUM, 22), b64(rbytes(rng, 32)), rng.choice(["t", "f"])))
    return "\n".join(lines) + "\n"


def k_hash_migration(rng):
    return ("[migrate_hashes] member %d: rehashed scrypt$%s$%s from legacy md5\n[migrate_hashes] member %d: already "
            "pbkdf2_sha256$600000$%s$%s\n[migrate_hashes] done, 2 rows\n" % (
                rng.randint(1000, 9999), rs(rng, ALNUM, 22), b64(rbytes(rng, 64)), rng.randint(1000, 9999), rs(rng, ALNUM, 22), b64(rbytes(rng, 32))))


HANDBOOK = [
    "Volunteer IT basics: the dome PC password changes at the start of every season and is only ever given out in person by the duty technician.",
    "Never write the kiosk exit password on the back of the exhibit; if a kiosk is stuck, call the front desk and we will unlock it remotely.",
    "The all-sky camera upload account uses a long random password kept in the password manager; you do not need it to view the images.",
    "If someone asks for the booking system admin password by e-mail, it is phishing. Forward the message to the IT inbox and delete it.",
    "Star-party helpers get a temporary account with their own password; shared logins for the telescope control laptop are not allowed.",
]
STANDUP = [
    "standup: rotated the OSC bridge key after the projector swap, new one is in the vault, nothing pasted in chat this time",
    "standup: still need a password for the new weather mast, will generate it tomorrow and store it straight in the vault",
    "standup: the CRM database password expired overnight, reset done by Lena, value shared via the vault link only",
    "standup: reminder that the livestream publish key for the eclipse must not go into the OBS scene notes",
]


def k_handbook(rng):
    return "\n\n".join(rng.sample(HANDBOOK, 3)) + "\n"


def k_standup(rng):
    return "\n".join("[%02d:%02d] %s" % (9, rng.randint(0, 59), s) for s in rng.sample(STANDUP, 3)) + "\n"


def ed25519_pub(rng):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(rng, 32)
    return blob


def ed25519_ok(b64s):
    import base64
    raw = base64.b64decode(b64s)
    return raw[:15] == b"\x00\x00\x00\x0bssh-ed25519" and raw[15:19] == b"\x00\x00\x00\x20" and len(raw) == 51


def k_first_connect(rng):
    blob = ed25519_pub(rng)
    fp = b64(hashlib.sha256(blob).digest()).rstrip("=")
    return ("$ ssh obsadmin@dome-ctl.skyhall.lan\nThe authenticity of host 'dome-ctl.skyhall.lan (10.20.4.%d)' can't be established.\n"
            "ED25519 key fingerprint is SHA256:%s.\nThis key is not known by any other names.\nAre you sure you want to continue connecting (yes/no/[fingerprint])? yes\n"
            % (rng.randint(2, 250), fp))


def k_authorized_keys(rng):
    lines = []
    for who in rng.sample(USERS, 3):
        lines.append("ssh-ed25519 %s %s@%s" % (b64(ed25519_pub(rng)), who, rng.choice(["laptop", "domepc", "obs-pi"])))
    return "\n".join(lines) + "\n"


CLASSES = [
    ("deep_sky_catalogue_and_gaia_source_ids", [("observing_target_list_csv", k_target_list), ("gaia_cone_search_result", k_gaia_result)],
     "Messier / NGC designations, J2000 coordinates, 19-digit Gaia DR3 source ids"),
    ("fits_header_checksum_and_datasum_cards", [("fits_primary_header_dump", k_fits_header), ("fitsverify_batch_report", k_fits_verify)],
     "FITS `CHECKSUM` cards (real FITS ASCII encoding of random 32-bit sums, 16 random-looking characters) and `DATASUM` values"),
    ("satellite_tle_sets_with_mod10_checksums", [("satellite_pass_tle_file", k_tle_file), ("ground_station_tracking_log", k_tracking_log)],
     "two-line element sets with real modulo-10 line checksums"),
    ("ascom_driver_progids_and_com_clsids", [("ascom_profile_explorer_export", k_ascom_profile), ("driver_installer_log", k_driver_install_log)],
     "ASCOM ProgIDs, COM CLSIDs / AppIDs (upper-case UUIDv4 in braces)"),
    ("allsky_capture_filenames_and_camera_serials", [("allsky_image_directory_listing", k_allsky_listing), ("camera_exif_dump", k_exif_dump)],
     "image file names, 16-hex camera serials, 32-hex image unique ids"),
    ("weather_mast_loop_packets_and_device_ids", [("weewx_loop_packet_log", k_weewx_loop), ("weatherlink_live_diagnostics", k_davis_diag)],
     "loop packets with readings, 12-hex device ids, station UUIDv4, 24-hex upload ids"),
    ("group_booking_references_with_mod97_check", [("school_trip_confirmation_email", k_trip_email), ("booking_export_rows_csv", k_booking_rows)],
     "booking references `BK` + 10 digits + ISO 7064 MOD 97-10 check pair (real), school URNs"),
    ("orcid_ids_bibcodes_and_dois", [("citizen_science_paper_acknowledgements", k_ack), ("researcher_profile_json", k_profile_json)],
     "ORCID iDs with real MOD 11-2 check characters, ADS bibcodes, DOIs, arXiv ids, ADS library ids"),
    ("minor_planet_packed_designations", [("mpc_80_column_observation_report", k_mpc_report), ("comet_ephemeris_request", k_comet_request)],
     "packed provisional designations, observatory codes, 80-column astrometry lines"),
    ("livestream_video_ids_and_public_playback_urls", [("eclipse_stream_embed_html", k_stream_embed), ("stream_analytics_export_csv", k_stream_analytics)],
     "11-character video ids, public Mux playback ids (44 alphanumerics), HLS URLs with UUIDv4"),
    ("browser_side_keys_on_donation_and_booking_pages", [("donation_checkout_page_html", k_donation_html), ("booking_widget_public_runtime_env", k_widget_env)],
     "Stripe `pk_live_`, reCAPTCHA site key, GA id, Algolia app id and search-only key (32 hex), Supabase `sb_publishable_`, referrer-restricted `AIza` Maps key"),
    ("masked_values_in_vendor_support_exports", [("vendor_support_bundle_env", k_support_bundle), ("integration_settings_screen_ocr", k_settings_ocr)],
     "`csub_live_` / `evl_` prefixes kept with `*` or `…`, bullets with a 4-hex tail, `[REDACTED n chars]`"),
    ("sdk_docs_and_env_template_examples", [("sdk_readme_quickstart_snippet", k_sdk_readme), ("env_template_file", k_env_template)],
     "`csub_live_XXXX…`, the AWS documentation example key pair, empty values, `<ask-…>`, an all-zero key, `kft.your-enrolment-token.00000000`, `changeme`"),
    ("external_secret_and_vault_path_pointers", [("helm_external_secrets_values", k_helm_refs), ("ci_secret_expressions_and_op_reads", k_actions_refs)],
     "Vault KV paths, `akv://`, `ref+vault://`, `${{ secrets.… }}`, `doppler run`, `op read op://…`"),
    ("sops_encrypted_yaml_and_dotenv_values", [("sops_encrypted_secrets_yaml", k_sops_yaml), ("sops_encrypted_dotenv", k_sops_dotenv)],
     "SOPS `ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]` values (random bytes in the right frame) and public `age1…` recipients"),
    ("django_pbkdf2_and_scrypt_hash_strings", [("auth_user_table_dump", k_auth_user_dump), ("member_hash_migration_log", k_hash_migration)],
     "`pbkdf2_sha256$600000$…` and `scrypt$…` strings (random salt and bytes in the right frame; one-way, not usable)"),
    ("volunteer_handbook_password_talk", [("volunteer_handbook_it_section", k_handbook), ("planetarium_techs_standup_notes", k_standup)],
     "text about passwords, keys and rotation with no value in it"),
    ("ssh_host_fingerprints_and_ed25519_public_keys", [("ssh_first_connect_prompt", k_first_connect), ("authorized_keys_listing", k_authorized_keys)],
     "real SHA256 fingerprints of real ssh-ed25519 wire-format public keys (32 random bytes)"),
]

WRAPPERS = [
    ("", None),
    ("in_planetarium_slack_channel", lambda t, r: "#dome-tech  %s  10:%02d\npasting this for reference:\n```\n%s```\n" % (r.choice(USERS), r.randint(0, 59), t)),
    ("in_observatory_github_issue", lambda t, r: "### What I see\n\nOutput attached below.\n\n```text\n%s```\n\n_Labels: needs-triage_\n" % t),
    ("in_science_centre_helpdesk_email", lambda t, r: "Hi team,\n\nforwarding what the vendor sent us:\n\n%s\nThanks,\n%s\n" % (t, r.choice(USERS))),
    ("in_star_party_discord_thread", lambda t, r: "%s — Today at 21:%02d\n%s" % (r.choice(USERS), r.randint(0, 59), t)),
    ("in_exhibit_confluence_page", lambda t, r: "h2. Reference data\n{code}\n%s{code}\nOwner: Visitor Experience IT\n" % t),
]


def build(rng, forbidden, next_id):
    """forbidden: list of strings (values, plains, runs, hidden passwords) that must not occur."""
    recs, seen = [], set()
    for cname, kinds, _desc in CLASSES:
        for kname, fn in kinds:
            for wname, wfn in WRAPPERS:
                for _ in range(100):
                    base = fn(rng)
                    text = wfn(base, rng) if wfn else base
                    if text not in seen and not any(f in text for f in forbidden):
                        break
                else:
                    raise RuntimeError("negative redraw failed")
                seen.add(text)
                container = kname + ("__" + wname if wname else "")
                recs.append({"id": next_id(), "class": cname, "container": container, "text": text, "source": "negative"})
    return recs
