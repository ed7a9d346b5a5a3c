"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation records."""
import random, base64, hashlib, hmac, json
from common import PFX, pick, ALNUM, HEXL, LOWER, UPPER, DIG, B64, uid, b64url_json


def _b64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def k_ssh(rng):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(rng.getrandbits(8) for _ in range(32))
    return "\n".join("ssh-ed25519 %s %s@srt-gw%d" % (base64.b64encode(blob).decode(), u, rng.randint(1, 9))
                     for u in rng.sample(["ingest", "mcr", "ob-van", "archive", "relay"], 2)) + "\n"


def k_cert(rng):
    body = _b64(rng, 288)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "# cdn edge certificate (public)\n-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


def k_placeholder(rng):
    keys = rng.sample(["AP_MEDIA_API_KEY", "RTMP_STREAM_KEY", "CMS_SERVICE_PASSWORD", "SRT_PASSPHRASE", "PODCAST_FEED_TOKEN"], 3)
    vals = rng.sample(["<your-ap-media-api-key>", "<paste-stream-key-here>", "<set-in-vault>", "${FILL_ME_IN}", "<ask-ops-desk>"], 3)
    return "# .env.example — copy to .env and fill in\n" + "".join("%s=%s\n" % kv for kv in zip(keys, vals))


def k_redacted(rng):
    return "Runbook: start the %s backup stream\n1. open the encoder\n2. stream key: %s\n3. passphrase: %s\n" % (
        rng.choice(["election", "budget", "storm"]), rng.choice(["[REDACTED]", "xxxx-xxxx-xxxx-xxxx-xxxx", "(see password manager)"]),
        rng.choice(["********", "[removed by ops]", "<redacted>"]))


def k_md5(rng):
    return "".join("%s  %s_%d.mxf\n" % (pick(rng, HEXL, 32), rng.choice(["pkg", "sot", "vo", "broll"]), rng.randint(1, 99)) for _ in range(3))


def k_sha256(rng):
    return "episode,enclosure_sha256\n" + "".join("ep%d.mp3,%s\n" % (rng.randint(100, 400), pick(rng, HEXL, 64)) for _ in range(2))


def k_sops(rng):
    return "stream:\n    key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    version: 3.9.1\n" % (
        _b64(rng, 27), _b64(rng, 32), _b64(rng, 16))


def k_sealed(rng):
    return "kind: SealedSecret\nspec:\n  encryptedData:\n    WIRE_FTP_PASSWORD: Ag%s\n" % _b64(rng, 180)


def k_masked_dash(rng):
    return "Stream key: live_%s%s  [Show] [Reset]\nServer: rtmp://ingest.example/app\n" % ("•" * rng.randint(18, 26), pick(rng, LOWER + DIG, 4))


def k_last4(rng):
    return "".join("%-12s ****************%s  created %s\n" % (n, pick(rng, HEXL, 4), "2026-0%d-1%d" % (rng.randint(1, 9), rng.randint(0, 9)))
                   for n in rng.sample(["wire-poller", "social-bot", "archive-sync", "paywall"], 2))


def k_commit(rng):
    return "Graphics package changelog\n" + "".join("- %s fix lower-third kerning (%s)\n" % (pick(rng, HEXL, 40), rng.choice(["#%d" % rng.randint(10, 999)])) for _ in range(2))


def k_chunks(rng):
    return "".join("dist/assets/%s.%s.js\n" % (n, pick(rng, HEXL, 20)) for n in rng.sample(["main", "vendor", "player", "liveblog"], 3))


def k_policy(rng):
    a = rng.choice(["Passwords for the newsroom CMS must be at least 14 characters.",
                    "Never share the edit-suite password over chat; use the password manager.",
                    "Stream keys are rotated after every major live event."])
    b = rng.choice(["If you forget yours, ask the service desk for a reset link.",
                    "Freelancers receive temporary accounts that expire after the shift.",
                    "Do not write passwords on the rundown or on sticky notes in the gallery."])
    return "%s %s Questions: ext. %d\n" % (a, b, rng.randint(2000, 2999))


def k_faq(rng):
    return "Q: How do I get access to the upload portal?\nA: Your producer requests an account; the password arrives by %s and must be changed at first login (ticket %d).\n" % (
        rng.choice(["SMS", "a separate email", "the onboarding call"]), rng.randint(10000, 99999))


def k_reqlog(rng):
    return "".join('10.1.%d.%d - - "GET /live/master.m3u8" 200 x-request-id=%s\n' % (rng.randint(0, 255), rng.randint(1, 254), uid(rng)) for _ in range(2))


def k_jobq(rng):
    return "".join("job %s  state=%s  preset=hls-abr\n" % (uid(rng), rng.choice(["queued", "running", "done"])) for _ in range(3))


def k_phpass(rng):
    al = "./" + DIG + UPPER + LOWER
    return "user_login | user_pass\n%s | $P$B%s\n" % (rng.choice(["desk", "editor2", "night"]), pick(rng, al, 30))


def k_apr1(rng):
    al = "./" + DIG + UPPER + LOWER
    return "".join("%s:$apr1$%s$%s\n" % (u, pick(rng, al, 8), pick(rng, al, 22)) for u in rng.sample(["preview", "client", "legal"], 2))


def k_vault(rng):
    return '{{ with secret "kv/data/%s" }}\nSTREAM_KEY={{ .Data.data.stream_key }}\n{{ end }}\n' % rng.choice(["ingest", "ob-van", "studio-b"])


def k_ghsecrets(rng):
    return "    env:\n      %s: ${{ secrets.%s }}\n" % rng.choice([("RTMP_KEY", "RTMP_KEY"), ("AP_KEY", "AP_MEDIA_KEY"), ("CMS_PASS", "CMS_SERVICE_PASSWORD")])


def k_phpunit(rng):
    return "$this->login('test-editor', 'fixture-only-%s'); // fake account seeded in the test DB only\n" % rng.choice(["pass", "secret", "login"])


def k_mockkey(rng):
    return "def test_start_stream():\n    enc = Encoder(stream_key=\"TEST-STREAM-KEY-%d-DO-NOT-USE\")\n    assert enc.start()\n" % rng.randint(1, 99)


def k_ffmpeg(rng):
    return "ffmpeg version %d.%d.%d-%dubuntu%d Copyright (c) 2000-2025 the FFmpeg developers\n  built with gcc 13.2.0\n" % (
        rng.randint(5, 7), rng.randint(0, 1), rng.randint(0, 3), rng.randint(1, 4), rng.randint(1, 5))


def k_firmware(rng):
    return "".join("%s  fw %d.%d.%d build %s\n" % (d, rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99), pick(rng, HEXL, 7))
                   for d in rng.sample(["encoder-A", "encoder-B", "decoder-MCR", "router"], 2))


def k_pk(rng):
    return "<script>const stripe = Stripe('pk_live_%s');</script>\n" % pick(rng, ALNUM, 99)


def k_algolia(rng):
    return "const search = algoliasearch('%s', '%s'); // search-only key, safe in the browser\n" % (pick(rng, UPPER + DIG, 10), pick(rng, HEXL, 32))


def k_eidr(rng):
    h = lambda: pick(rng, "0123456789ABCDEF", 4)
    return "title,eidr\n%s,10.5240/%s-%s-%s-%s-%s-%s\n" % (rng.choice(["Docu: Flood", "Evening News", "Cup Final"]), h(), h(), h(), h(), h(), rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def k_isrc(rng):
    return "".join("cue %d  ISRC %s%s%02d%05d\n" % (i, rng.choice(["GB", "US", "DE", "FR"]), pick(rng, UPPER + DIG, 3), rng.randint(20, 26), rng.randint(0, 99999)) for i in range(1, 3))


def k_apitem(rng):
    return "".join("%s  itemid=%s  v%d\n" % (rng.choice(["URGENT", "ADVISORY", "UPDATE"]), pick(rng, HEXL, 32), rng.randint(1, 4)) for _ in range(2))


def k_newsml(rng):
    return "".join("urn:newsml:wire.example:2026030%d:n%s:%d\n" % (rng.randint(1, 9), pick(rng, UPPER + DIG, 12), rng.randint(1, 5)) for _ in range(2))


CLASSES = {
    "public_key_or_certificate": [("srt_gateway_ed25519_authorized_lines", k_ssh), ("cdn_edge_certificate_pem_block", k_cert)],
    "placeholder_or_redacted": [("newsroom_env_example_angle_slots", k_placeholder), ("live_runbook_redacted_stream_fields", k_redacted)],
    "digest_or_checksum": [("mxf_delivery_md5_manifest", k_md5), ("podcast_enclosure_sha256_csv", k_sha256)],
    "ciphertext_or_sealed_value": [("sops_encrypted_stream_yaml", k_sops), ("kubeseal_wire_sealedsecret", k_sealed)],
    "masked_partial_value": [("streaming_dashboard_bulleted_key", k_masked_dash), ("cms_api_keys_last_four_table", k_last4)],
    "code_identifier_lookalike": [("graphics_repo_commit_changelog", k_commit), ("web_bundle_chunk_hash_names", k_chunks)],
    "password_prose_no_value": [("newsroom_password_policy_memo", k_policy), ("freelancer_access_faq_entry", k_faq)],
    "uuid_or_request_identifier": [("hls_origin_request_id_log", k_reqlog), ("transcode_queue_job_uuids", k_jobq)],
    "password_hash_not_plaintext": [("wordpress_phpass_user_pass_column", k_phpass), ("preview_site_apr1_htpasswd", k_apr1)],
    "secret_store_reference": [("vault_agent_stream_template", k_vault), ("actions_secrets_context_env", k_ghsecrets)],
    "test_fixture_fake_credential": [("cms_plugin_phpunit_fake_login", k_phpunit), ("encoder_pytest_fake_stream_key", k_mockkey)],
    "version_or_build_string": [("ffmpeg_version_banner_lines", k_ffmpeg), ("encoder_firmware_build_listing", k_firmware)],
    "publishable_client_key": [("paywall_page_stripe_publishable", k_pk), ("site_search_only_algolia_key", k_algolia)],
    "media_content_identifier": [("eidr_title_registry_csv", k_eidr), ("isrc_music_cue_sheet", k_isrc)],
    "newswire_item_guid": [("wire_item_id_ticker_log", k_apitem), ("newsml_guid_urn_listing", k_newsml)],
}
WRAPPERS = {
    "in_cms_editor_note": lambda t, r: "Editor's note (not for publication):\n" + t + "— filed by the web desk\n",
    "in_wire_desk_chat_log": lambda t, r: "[%02d:%02d] nightdesk: pasting for reference\n" % (r.randint(0, 23), r.randint(0, 59)) + t,
    "in_freelancer_handoff_email": lambda t, r: "Subject: handoff notes\n\nHi, everything you need is below.\n\n" + t + "\nThanks!\n",
    "in_mcr_shift_log": lambda t, r: "MCR log %02d:%02d — info only\n" % (r.randint(0, 23), r.randint(0, 59)) + t,
    "in_asset_metadata_sidecar": lambda t, r: "<sidecar><notes><![CDATA[\n" + t + "]]></notes></sidecar>\n",
}

JWTIO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
         ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
DOC_VALUES = {
    "sha512_empty": "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e",
    "rfc4231_case2": "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    "sha256_abc": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    "md5_empty": "d41d8cd98f00b204e9800998ecf8427e",
    "jwtio_default": JWTIO,
}


def recompute_docs():
    got = {
        "sha512_empty": hashlib.sha512(b"").hexdigest(),
        "rfc4231_case2": hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest(),
        "sha256_abc": hashlib.sha256(b"abc").hexdigest(),
        "md5_empty": hashlib.md5(b"").hexdigest(),
    }
    si = b64url_json({"alg": "HS256", "typ": "JWT"}) + "." + b64url_json({"sub": "1234567890", "name": "John Doe", "iat": 1516239022})
    sig = base64.urlsafe_b64encode(hmac.new(b"your-256-bit-secret", si.encode(), hashlib.sha256).digest()).decode().rstrip("=")
    got["jwtio_default"] = si + "." + sig
    return got


DOCS = [
    ("sha512_empty_input_in_archive_checksum_guide", "Archive checksum guide: a zero-byte sidecar always hashes to SHA-512 %s — if you see it, the export was empty.\n", "sha512_empty"),
    ("rfc4231_case2_in_cms_webhook_docs", "Webhook signature docs: check your HMAC code against RFC 4231 test case 2 (key \"Jefe\"); HMAC-SHA-256 must be %s.\n", "rfc4231_case2"),
    ("sha256_abc_vector_in_ingest_validator_test", "assert sha256(b\"abc\") == \"%s\"  # FIPS 180-2 example vector, validator self-test\n", "sha256_abc"),
    ("md5_empty_input_in_mam_dedup_notes", "MAM dedup notes: MD5 %s is the empty file — never treat it as a duplicate match.\n", "md5_empty"),
    ("jwtio_default_token_in_paywall_tutorial", "Paywall tutorial step 3: paste the jwt.io sample token %s and confirm the debugger shows \"John Doe\" before wiring your own secret.\n", "jwtio_default"),
]


def generate(seed=6606):
    rng = random.Random(seed)
    out = []
    n = 0
    for cls, kinds in CLASSES.items():
        for kind, fn in kinds:
            for w in [None] + list(WRAPPERS):
                body = fn(rng)
                text = body if w is None else WRAPPERS[w](body, rng)
                n += 1
                out.append({"id": "%s-n-%04d" % (PFX, n), "class": cls, "container": kind if w is None else "%s__%s" % (kind, w),
                            "text": text, "source": "negative"})
    for kind, tpl, key in DOCS:
        n += 1
        out.append({"id": "%s-n-%04d" % (PFX, n), "class": "vendor_documentation_value", "container": kind,
                    "text": tpl % DOC_VALUES[key], "source": "negative"})
    return out
