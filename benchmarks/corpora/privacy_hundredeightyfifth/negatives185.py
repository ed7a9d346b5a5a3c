"""Hard negatives of the sailing / charter / marina world: no secret, but look-alikes."""
import base64, hashlib, json, random, struct, zlib
import common185 as C

SEED = 18506
R = C.rs


def imo_number(g):
    d = [9] + [g.randint(0, 9) for _ in range(5)]
    return "".join(map(str, d)) + str(sum(x * (7 - i) for i, x in enumerate(d)) % 10)


def imo_ok(s):
    d = [int(c) for c in s]
    return len(d) == 7 and sum(x * (7 - i) for i, x in enumerate(d[:6])) % 10 == d[6]


MIDS = ["235", "244", "211", "227", "247", "224", "256", "237", "219", "232", "265", "230"]


def mmsi(g):
    return g.choice(MIDS) + R(g, C.DIGITS, 6)


def nmea(body):
    x = 0
    for ch in body:
        x ^= ord(ch)
    return body + "*%02X" % x


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def sha256r(g): return hashlib.sha256(C.rbytes(g, 64)).hexdigest()
def sha1r(g): return hashlib.sha1(C.rbytes(g, 64)).hexdigest()
def md5r(g): return hashlib.md5(C.rbytes(g, 64)).hexdigest()


def ais_payload(g, n):
    alpha = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"
    return R(g, alpha, n)


def ed25519_pub(g):
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + C.rbytes(g, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


BCRYPT = "./" + C.UPPER + C.LOWER + C.DIGITS


# ---------------------------------------------------------------- base kinds: name -> generator
def k_vessel_registry(g):
    rows = ["vessel_name,imo,mmsi,call_sign,flag,loa_m"]
    for n in ["Blue Tern", "Meltemi Star", "Kalypso II", "Sea Wren", "Aegean Wind"]:
        rows.append("%s,%s,%s,%s,%s,%.1f" % (n, imo_number(g), mmsi(g), R(g, C.UPPER, 2) + R(g, C.UPALNUM, 3),
                                              g.choice(["MT", "GR", "GB", "HR", "NL"]), g.uniform(12, 48)))
    return "\n".join(rows) + "\n"


def k_ais_static(g):
    return ("AIS static data report (msg 5)\nMMSI: %s\nIMO: %s\nCall sign: %s\nName: MELTEMI STAR\nType: 37 (pleasure craft)\n"
            "Dim A/B/C/D: 14/4/3/3\nDestination: LEFKAS\nETA: 06-14 17:30\n" % (mmsi(g), imo_number(g), R(g, C.UPPER, 4)))


def k_ais_raw(g):
    lines = []
    for _ in range(4):
        lines.append("!" + nmea("AIVDM,1,1,,%s,%s,0" % (g.choice("AB"), ais_payload(g, 28))))
    return "\n".join(lines) + "\n"


def k_opencpn_debug(g):
    return ("OpenCPN NMEA debug window\n"
            "<GREEN>$%s\n<GREEN>$%s\n<AMBER>!%s\n" % (nmea("GPRMC,101500.00,A,3849.%03d,N,02042.%03d,E,5.2,187.4,140625,,,A" % (g.randint(0, 999), g.randint(0, 999))),
                                                       nmea("IIMWV,%03d.0,R,%04.1f,N,A" % (g.randint(0, 359), g.uniform(4, 25))),
                                                       nmea("AIVDO,1,1,,,%s,0" % ais_payload(g, 28))))


def k_n2k_devices(g):
    rows = ["src,pgn_list,name_hex,manufacturer,model,serial"]
    for m in ["Actisense NGT-1", "Yacht Devices YDWG-02", "B&G Zeus3", "Victron Cerbo GX"]:
        rows.append("%d,126993;60928;59904,%s,%s,%s,%s" % (g.randint(0, 253), R(g, C.HEXU, 16), m.split()[0], m.split(" ", 1)[1], R(g, C.DIGITS, 8)))
    return "\n".join(rows) + "\n"


def k_canboat_json(g):
    return json.dumps({"timestamp": "2025-06-14T10:15:%02d.120Z" % g.randint(0, 59), "prio": 2, "src": g.randint(1, 99), "dst": 255,
                       "pgn": 127250, "description": "Vessel Heading", "fields": {"SID": g.randint(0, 250), "Heading": round(g.uniform(0, 6.28), 4)},
                       "raw": R(g, C.HEXL, 16), "nameHex": R(g, C.HEXL, 16)}) + "\n"


def k_survey_identity(g):
    hin = "GB-" + R(g, C.UPPER, 3) + R(g, C.UPALNUM, 5) + g.choice("ABCDEFGHJKL") + str(g.randint(0, 9)) + "%02d" % g.randint(5, 24)
    return ("CONDITION & VALUATION SURVEY — IDENTITY\nCraft identification number (HIN/CIN): %s\nEngine serial: %s\n"
            "Sail drive serial: %s\nSurveyor ref: SV-%s\n" % (hin, R(g, C.UPALNUM, 10), R(g, C.DIGITS, 9), R(g, C.DIGITS, 6)))


def k_outboard_service(g):
    rows = ["date,engine,serial,hours,work"]
    for _ in range(4):
        rows.append("2025-0%d-%02d,Yamaha F20,%s,%d,impeller + anodes" % (g.randint(1, 9), g.randint(1, 28), R(g, C.UPALNUM, 7) + "-" + R(g, C.DIGITS, 6), g.randint(50, 900)))
    return "\n".join(rows) + "\n"


def k_entry_list(g):
    rows = ["sail_no,class,helm,club,py,irc_tcc"]
    for cls, py in [("Laser", 1100), ("RS200", 1046), ("J/24", 930), ("Dragon", 985)]:
        rows.append("%s %d,%s,%s,HSC,%d,%.3f" % (g.choice(["GBR", "NED", "IRL", "GRE", "CRO"]), g.randint(100, 219999), cls,
                                                g.choice(["A. Byrne", "K. Vos", "M. Papas", "I. Horvat"]), py, g.uniform(0.9, 1.1)))
    return "\n".join(rows) + "\n"


def k_orc_cert(g):
    return ("ORC International Certificate\nRef. no.: %s\nSail no.: GRE %d\nGPH: %.1f  CDL: %.3f\nIssued: 2025-03-%02d\nVPP version: 2025.1\nCertificate checksum: %s\n"
            % (R(g, C.UPPER, 3) + R(g, C.DIGITS, 5), g.randint(1000, 99999), g.uniform(540, 700), g.uniform(7, 12), g.randint(1, 28), R(g, C.HEXU, 8)))


def k_berth_board(g):
    rows = ["berth,vessel,loa,beam,from,to,meter_serial"]
    for p in "ABCD":
        rows.append("%s%02d,%s,%.1f,%.1f,2025-06-%02d,2025-06-%02d,SPM-%s" % (p, g.randint(1, 40), g.choice(["Sea Wren", "Kalypso II", "Blue Tern"]),
                                                                        g.uniform(8, 20), g.uniform(3, 6), g.randint(1, 14), g.randint(15, 30), R(g, C.HEXU, 12)))
    return "\n".join(rows) + "\n"


def k_meter_batch(g):
    return json.dumps({"gateway": "sp-gw-%02d" % g.randint(1, 20), "batch": C.uuid4(g), "readings": [
        {"devEui": R(g, C.HEXL, 16), "berth": "C%02d" % g.randint(1, 40), "kwh": round(g.uniform(0, 900), 2), "fCnt": g.randint(1, 60000)} for _ in range(3)]}, indent=1) + "\n"


def k_fuel_receipt(g):
    pan = "**** **** **** " + R(g, C.DIGITS, 4)
    return ("HARBOUR FUEL DOCK\nPump 2  Diesel  %.2f L @ 1.789\nTOTAL EUR %.2f\nCard %s\nTID %s  MID %s\nAUTH %s  RRN %s\nThank you, fair winds!\n"
            % (g.uniform(20, 400), g.uniform(40, 700), pan, R(g, C.DIGITS, 8), R(g, C.DIGITS, 15), R(g, C.UPALNUM, 6), R(g, C.DIGITS, 12)))


def k_pump_log(g):
    rows = ["ts,pump,grade,litres,txn_id,terminal"]
    for _ in range(4):
        rows.append("2025-06-14T%02d:%02d,%d,%s,%.2f,%s,T%s" % (g.randint(6, 20), g.randint(0, 59), g.randint(1, 3), g.choice(["DSL", "E10", "SUP"]),
                                                            g.uniform(5, 300), R(g, C.HEXU, 20), R(g, C.DIGITS, 6)))
    return "\n".join(rows) + "\n"


def k_port_call_xml(g):
    return ("<PortCallNotification>\n  <LOCODE>GRLEF</LOCODE>\n  <PortCallId>%s</PortCallId>\n  <IMO>%s</IMO>\n  <MMSI>%s</MMSI>\n"
            "  <MessageId>%s</MessageId>\n  <FalForm>5</FalForm>\n</PortCallNotification>\n" % ("GRLEF" + R(g, C.DIGITS, 10), imo_number(g), mmsi(g), C.uuid4(g)))


def k_clearance_email(g):
    return ("Subject: Clearance confirmed — voyage %s\n\nYour crew list for arrival at HRSPU (Split) was accepted.\nReference: NSW-%s\nTransit log no.: %s\n"
            "Please keep the reference for departure.\n" % (R(g, C.UPALNUM, 8), R(g, C.DIGITS, 12), R(g, C.DIGITS, 7)))


def booking_ref(g):
    base = "7" + R(g, C.DIGITS, 9)
    return base + luhn_digit(base)


def k_charter_confirm(g):
    return ("Booking confirmation\nBooking no.: CH-%s\nYacht: Bavaria C42 \"Meltemi Star\"\nBase: Lefkas, 2025-07-05 to 2025-07-12\nInvoice: INV-2025-%05d\n"
            "Deposit reference: %s\n" % (booking_ref(g), g.randint(1, 99999), booking_ref(g)))


def k_booking_export(g):
    return json.dumps([{"bookingRef": booking_ref(g), "yachtId": g.randint(1000, 9999), "reservationUuid": C.uuid4(g),
                        "status": "OPTION", "skipperLicence": "ICC-" + R(g, C.DIGITS, 7)} for _ in range(2)], indent=1) + "\n"


def k_vault_manifest(g):
    return "".join("%s  %s\n" % (sha256r(g), f) for f in ["hull-survey-2025.pdf", "insurance-cert-2025.pdf", "rigging-report.pdf", "liferaft-service.pdf"])


def k_vault_audit(g):
    return json.dumps({"event": "document.uploaded", "docId": C.uuid4(g), "sha256": sha256r(g), "etag": '"' + md5r(g) + '"',
                       "size": g.randint(10000, 9000000), "actor": "surveyor@example.org"}) + "\n"


def k_checkout_html(g):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n'
            '  // browser key, restricted to https://charter.example.com/*\n  const mapsKey = "AIza%s";\n</script>\n' % (R(g, C.ALNUM, 97), R(g, C.B64URL, 35)))


def k_public_env_js(g):
    mb = "pk." + C.b64url_nopad(json.dumps({"u": "harbourclub", "a": R(g, C.LOWALNUM, 25)}, separators=(",", ":")).encode()) + "." + R(g, C.B64URL, 22)
    return ("window.__PUBLIC_ENV__ = {\n  MAPBOX_PUBLIC_TOKEN: \"%s\",\n  SENTRY_DSN: \"https://%s@o%s.ingest.sentry.io/%s\",\n  GA_MEASUREMENT_ID: \"G-%s\"\n};\n"
            % (mb, R(g, C.HEXL, 32), R(g, C.DIGITS, 6), R(g, C.DIGITS, 7), R(g, C.UPALNUM, 10)))


def k_sdk_readme(g):
    return ("## Quick start\n\n```bash\nexport N2KGW_TOKEN=n2kgw_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nn2kgw-cli push --boat \"Blue Tern\"\n```\n\n"
            "Replace the token with the one from *Settings → API*. For AIS sharing use `aisfd_<your-station-key>`.\n")


def k_env_sample(g):
    return ("# copy to .env and fill in\nCHARTER_ADMIN_PASSWORD=\nSCORING_DB_PASSWORD=changeme\nROSTER_WEBHOOK_SECRET=srwh_REPLACE_ME\n"
            "LORAWAN_APP_KEY=00000000000000000000000000000000\nPORT_API_JWT=<paste-jwt-here>\n")


def k_support_ticket(g):
    return ("Ticket #%d — config attached by customer (values masked by the helpdesk)\nNMEA_GATEWAY_TOKEN=n2kgw_****************\n"
            "FUEL_POS_MANAGER_PASSWORD=[REDACTED]\nLORAWAN_APP_KEY=••••••••••••%s\n" % (g.randint(40000, 49999), R(g, C.HEXU, 4)))


def k_deploy_masked(g):
    return ("Run ./deploy.sh berth-app\n  env:\n    DB_HOST: berths.marina.internal\n    DB_PASSWORD: ***\n    ROSTER_WEBHOOK_SECRET: ***\n"
            "deploy finished in %ds (commit %s)\n" % (g.randint(20, 200), R(g, C.HEXL, 7)))


def k_helm_refs(g):
    return ("externalSecrets:\n  - name: charter-db\n    remoteRef: {key: secret/data/charter/prod, property: admin_password}\n"
            "  - name: port-api\n    remoteRef: {key: arn:aws:secretsmanager:eu-west-1:%s:secret:crewlist/port-jwt-%s}\n"
            % (R(g, C.DIGITS, 12), R(g, C.ALNUM, 6)))


def k_ci_expressions(g):
    return ("env:\n  PORT_API_JWT: ${{ secrets.PORT_API_JWT }}\n  SURVEY_FERNET_KEY: ${{ secrets.SURVEY_FERNET_KEY }}\nsteps:\n"
            "  - run: op read \"op://Marina/shore-power-gw/password\" > /dev/null\n  - run: doppler run -- ./submit-crewlist\n")


def k_bulletin(g):
    return ("IT corner: from the 1st of next month the race office laptops will ask for a new password every 90 days. "
            "Please do not write passwords on the whiteboard in the chandlery, and never send them by VHF or WhatsApp. "
            "If you forget yours, the harbour office can reset it — bring your membership card.\n")


def k_meeting_notes(g):
    return ("Race committee meeting — item 6 (IT)\n- Scoring laptop: password moved to the club password manager (done)\n"
            "- Signal K token for the committee boat to be rotated after the series\n- Action: secretary to remind members about phishing e-mails\n")


def _armour_body(g, n):
    b = base64.b64encode(C.rbytes(g, n)).decode()
    return "\n".join(b[i:i + 64] for i in range(0, len(b), 64))


def k_age_armour(g):
    raw = b"age-encryption.org/v1\n-> X25519 " + C.b64url_nopad(C.rbytes(g, 32)).encode() + b"\n" + C.rbytes(g, 120)
    b = base64.b64encode(raw).decode()
    return "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END AGE ENCRYPTED FILE-----\n"


def k_pgp_listing(g):
    return ("crew-passports-2025.tar.gpg  (%d bytes)\n-----BEGIN PGP MESSAGE-----\n\n" % g.randint(10000, 90000)) + _armour_body(g, 120) + "\n=" + R(g, C.ALNUM, 4) + "\n-----END PGP MESSAGE-----\n"


def k_member_table(g):
    rows = ["id | email | password_hash"]
    for i in range(3):
        rows.append("%d | member%d@harbourclub.example | $2b$12$%s" % (g.randint(100, 999), i, R(g, BCRYPT, 53)))
    return "\n".join(rows) + "\n"


def k_shadow(g):
    return "".join("%s:$6$%s$%s:19800:0:99999:7:::\n" % (u, R(g, BCRYPT, 16), R(g, BCRYPT, 86)) for u in ["bosun", "scorer"])


def k_authorized_keys(g):
    return "".join("%s %s\n" % (ed25519_pub(g), u) for u in ["skipper@blue-tern", "harbourmaster@office"])


def k_wg_peer(g):
    return ("[Peer]\n# committee boat router\nPublicKey = %s\nAllowedIPs = 10.66.0.%d/32\nEndpoint = gw.boatnet.lan:51820\n"
            % (base64.b64encode(C.rbytes(g, 32)).decode(), g.randint(2, 250)))


def k_grib_index(g):
    return "".join("gfs.t%02dz.pgrb2.0p25.f%03d  md5=%s  %d KB\n" % (g.choice([0, 6, 12, 18]), h, md5r(g), g.randint(300, 900)) for h in (0, 3, 6, 9))


def k_tide_log(g):
    return ("GET /api/datagetter?station=%s&product=predictions&datum=MLLW&units=metric&format=json 200\n"
            "GET /api/datagetter?station=%s&product=water_level 200 request_id=%s\n" % (R(g, C.DIGITS, 7), R(g, C.DIGITS, 7), R(g, C.HEXL, 24)))


def k_deploy_log(g):
    return ("results-site: building commit %s (tree %s)\nhugo v0.126.1 build id %s\nDeployed to https://results.yachtclub.example in %.1fs\n"
            % (sha1r(g), sha1r(g), R(g, C.HEXL, 24), g.uniform(3, 40)))


def k_api_request_log(g):
    return ('10.20.4.17 - - [14/Jun/2025:10:15:%02d +0000] "GET /api/bookings/%s HTTP/1.1" 200 512 traceparent=00-%s-%s-01 x-request-id=%s\n'
            % (g.randint(0, 59), booking_ref(g), R(g, C.HEXL, 32), R(g, C.HEXL, 16), C.uuid4(g)))


CLASSES = [
    ("imo_numbers_and_mmsi_identities", "IMO numbers with real check digits, MMSIs with real MIDs, call signs", k_vessel_registry, k_ais_static, "vessel_registry_export_csv", "ais_static_data_report"),
    ("aivdm_sentences_with_nmea_checksums", "AIVDM / AIVDO sentences with real NMEA XOR checksums and random six-bit payloads (look like tokens)", k_ais_raw, k_opencpn_debug, "ais_receiver_raw_log", "opencpn_nmea_debug_window"),
    ("nmea2000_pgns_and_device_names", "PGNs, 64-bit NAME fields (16 hex), device serials, raw frames", k_n2k_devices, k_canboat_json, "n2k_device_list_export", "canboat_analyzer_json"),
    ("hull_identification_and_engine_serials", "HIN / CIN, engine and sail-drive serials, surveyor refs", k_survey_identity, k_outboard_service, "boat_survey_identity_page", "outboard_service_record_csv"),
    ("sail_numbers_and_rating_certificates", "sail numbers, PY numbers, IRC TCC, ORC certificate refs and checksums", k_entry_list, k_orc_cert, "regatta_entry_list_csv", "orc_certificate_summary_text"),
    ("berth_codes_and_shore_power_meter_reads", "berth codes, 12-hex meter serials, LoRaWAN DevEUIs, kWh readings, batch UUIDv4", k_berth_board, k_meter_batch, "berth_allocation_board_export", "meter_reading_batch_json"),
    ("fuel_dock_receipts_and_terminal_refs", "TID / MID, masked PAN, auth codes, RRNs, 20-hex transaction ids", k_fuel_receipt, k_pump_log, "fuel_dock_receipt_text", "pump_transaction_log_csv"),
    ("port_call_and_locode_references", "UN/LOCODEs, port-call ids, single-window references, message UUIDv4", k_port_call_xml, k_clearance_email, "port_call_notification_xml", "clearance_email_summary"),
    ("charter_booking_references_with_luhn", "booking references with real Luhn check digits, invoice numbers, ICC licence numbers", k_charter_confirm, k_booking_export, "charter_confirmation_email", "booking_export_json"),
    ("survey_document_sha256_manifest", "real SHA-256 / MD5 digests of random bytes for survey documents", k_vault_manifest, k_vault_audit, "document_vault_manifest_txt", "vault_audit_log_json"),
    ("browser_safe_keys_on_charter_sites", "Stripe `pk_live_`, referrer-restricted `AIza` browser key, Mapbox `pk.` token (real JSON), Sentry DSN public key, GA id", k_checkout_html, k_public_env_js, "charter_site_checkout_html", "results_site_public_env_js"),
    ("placeholder_values_in_marina_sdk_docs", "`n2kgw_XXXX…`, `aisfd_<your-station-key>`, empty values, `changeme`, `srwh_REPLACE_ME`, all-zero AppKey, `<paste-jwt-here>`", k_sdk_readme, k_env_sample, "gateway_sdk_readme_snippet", "marina_env_sample_file"),
    ("masked_values_in_charter_support_logs", "prefix kept with `*`, `[REDACTED]`, bullets with a 4-hex tail, `***`", k_support_ticket, k_deploy_masked, "charter_support_ticket_export", "deploy_log_masked_output"),
    ("vault_and_secret_manager_pointers_in_marina_infra", "Vault KV paths, Secrets Manager ARNs, `${{ secrets.… }}`, `op read op://…`, `doppler run`", k_helm_refs, k_ci_expressions, "marina_helm_values_external_refs", "crew_list_ci_secret_expressions"),
    ("password_rotation_talk_in_club_bulletins", "talk about passwords, tokens and rotation with no value", k_bulletin, k_meeting_notes, "club_bulletin_it_corner", "race_committee_meeting_notes"),
    ("age_and_pgp_armoured_survey_files", "age and OpenPGP ASCII armour (random bytes in the frame; ciphertext, not keys)", k_age_armour, k_pgp_listing, "encrypted_survey_attachment_text", "crew_passport_archive_listing"),
    ("bcrypt_and_sha512crypt_member_hashes", "bcrypt `$2b$12$…` and sha512-crypt `$6$…` strings (random in frame; one-way)", k_member_table, k_shadow, "club_member_table_dump", "shadow_file_excerpt"),
    ("public_keys_on_boat_gateways", "`ssh-ed25519` public keys (real wire format) and WireGuard `PublicKey` (Base64 of 32 bytes, same shape as a private key)", k_authorized_keys, k_wg_peer, "boat_gateway_authorized_keys", "wireguard_peer_section_public"),
    ("grib_files_and_tide_station_ids", "GRIB file names with MD5s, tide-station ids, 24-hex request ids", k_grib_index, k_tide_log, "grib_download_index", "tide_prediction_request_log"),
    ("results_site_build_hashes_and_trace_ids", "git commit / tree SHA-1s, build ids, W3C traceparent ids, request UUIDv4", k_deploy_log, k_api_request_log, "results_site_deploy_log", "charter_api_request_log"),
]

WRAPPERS = [
    (None, None),
    ("in_harbour_office_teams_thread", "Harbour Office IT (Teams) — Dana 10:02\nCan someone sanity-check this before I file it?\n\n{body}\nLars 10:05\nlooks harmless, nothing secret in there.\n"),
    ("in_marina_it_helpdesk_email", "From: helpdesk@marina.example\nSubject: FW: export for the audit\n\nHello,\nplease find the export below.\n\n{body}\nKind regards,\nMarina IT\n"),
    ("in_club_repo_issue_comment", "**@race-office** attaching the output from last night:\n\n```\n{body}```\n\nNot sure if this is expected?\n"),
    ("in_charter_ops_notion_page", "Charter Ops Wiki › Systems › Reference\nLast edited by Nikos\n\n{body}\n(ref material — safe to share internally)\n"),
]


def generate(reg_items):
    rng = random.Random(SEED)
    out = []
    for cname, _desc, ka, kb, na, nb in CLASSES:
        for kfn, kname in ((ka, na), (kb, nb)):
            for wname, wtpl in WRAPPERS:
                for _ in range(100):
                    body = kfn(rng)
                    text = body if wname is None else wtpl.replace("{body}", body)
                    if not any(v in text for v in reg_items):
                        break
                else:
                    raise RuntimeError("negative keeps colliding")
                cont = kname if wname is None else kname + "__" + wname
                out.append({"class": cname, "container": cont, "text": text})
    return out
