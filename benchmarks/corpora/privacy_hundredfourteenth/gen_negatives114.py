"""Hard negatives from the betting / lottery / casino world: they look like secrets but are not."""
import random
import hashlib
from common114 import rnd, hexs, b64, uuid4, ALNUM, UP, LOW, DIG, HEXL


def _sha(r):
    return hashlib.sha256(bytes(r.getrandbits(8) for _ in range(16))).hexdigest()


def k_betfair_market_catalogue(r):
    m = "1.%d" % r.randint(200000000, 239999999)
    sels = [str(r.randint(10000000, 79999999)) for _ in range(3)]
    return ('{"marketId": "%s", "marketName": "Match Odds", "runners": [\n  {"selectionId": %s, "runnerName": "Home"},\n  {"selectionId": %s, "runnerName": "Away"},\n  {"selectionId": %s, "runnerName": "The Draw"}]}' % (m, *sels))


def k_odds_feed_event_ids(r):
    return ("event_id,market_id,outcome_id,price\n" + "\n".join(
        "sr:match:%d,%s,%s,%.2f" % (r.randint(40000000, 59999999), hexs(r, 24), hexs(r, 24), r.uniform(1.1, 9.0)) for _ in range(3)))


def k_draw_commitment_log(r):
    return ("draw #%d committed: seed_commitment=sha256:%s\nrevealed after close, verify with: sha256(seed) == commitment" % (r.randint(1000, 9999), _sha(r)))


def k_draw_result_audit_csv(r):
    return "draw_no,numbers,result_sha256\n" + "\n".join(
        "%d,%s,%s" % (r.randint(3000, 3999), "-".join(str(x) for x in sorted(r.sample(range(1, 60), 6))), _sha(r)) for _ in range(2))


def k_provably_fair_verify_widget(r):
    return ("Verify this round:\n  client seed: %s\n  nonce: %d\n  server seed (hashed): %s" % (rnd(r, 16, LOW + DIG), r.randint(1, 5000), _sha(r)))


def k_dice_round_history_json(r):
    return '{"round": %d, "clientSeed": "%s", "serverSeedHash": "%s", "roll": %.2f}' % (r.randint(10**6, 10**7), rnd(r, 20), _sha(r), r.uniform(0, 100))


def k_bet_slip_receipt(r):
    return "Bet placed! Ticket %s-%s\nBet ID: %s\nStake 10.00 EUR @ 2.35" % (rnd(r, 4, UP + DIG), rnd(r, 8, UP + DIG), uuid4(r))


def k_retail_ticket_barcode_log(r):
    return "terminal=T-%03d scanned ticket barcode %s serial %s status=WINNER" % (r.randint(1, 400), "".join(r.choice(DIG) for _ in range(18)), rnd(r, 12, UP + DIG))


def k_psp_transaction_webhook(r):
    return '{"type": "payment.captured", "transaction_id": "%s", "psp_reference": "%s", "amount": 5000}' % (uuid4(r), rnd(r, 16, UP + DIG))


def k_withdrawal_ledger_rows(r):
    return "withdrawal_id | psp_ref | state\n" + "\n".join("%s | %s | paid" % (uuid4(r), hexs(r, 32)) for _ in range(2))


def k_kyc_applicant_webhook(r):
    return '{"applicantId": "%s", "inspectionId": "%s", "correlationId": "%s", "reviewStatus": "completed"}' % (hexs(r, 24), hexs(r, 24), "req-" + uuid4(r))


def k_kyc_check_report_header(r):
    return "Check ID: %s\nDocument ID: %s\nResult: clear" % (uuid4(r), uuid4(r))


def k_checkout_frames_init(r):
    return "Frames.init({ publicKey: 'pk_" + uuid4(r) + "', localization: 'EN-GB' });"


def k_psp_hosted_fields_script(r):
    return '<script src="https://js.psp.example.com/v2/fields.js" data-client-key="live_pub_' + rnd(r, 32) + '"></script>'


def k_geolocation_check_result(r):
    return "geo check ok: transaction_id=%s device_id=%s state=NJ boundary_distance_m=%d" % (uuid4(r), hexs(r, 40), r.randint(100, 9000))


def k_device_fingerprint_dump(r):
    return "fingerprint: %s\nvisitor_id: %s\nconfidence: 0.%d" % (hexs(r, 32), rnd(r, 20), r.randint(80, 99))


def k_slot_round_log(r):
    return "[rgs] game=book-of-%s round_id=%s session=%s bet=0.20 win=1.60" % (rnd(r, 4, LOW), rnd(r, 24, LOW + DIG), uuid4(r))


def k_live_table_session_json(r):
    return '{"tableId": "%s", "gameRoundId": "%s", "dealerId": "D%d"}' % (rnd(r, 16, LOW + DIG), hexs(r, 20), r.randint(100, 999))


def k_affiliate_click_url(r):
    return "https://track.aff.example.com/c?btag=a_%d_b_%d_c_&clickid=%s&sub1=%s" % (r.randint(100, 9999), r.randint(100, 999), hexs(r, 32), rnd(r, 12))


def k_postback_log_line(r):
    return "postback sent: click_id=%s transaction_id=%s event=ftd payout=120.00" % (rnd(r, 26, LOW + DIG), uuid4(r))


def k_gli_certificate_digest_table(r):
    return "Game | Version | SHA-1 (GLI-19 cert)\n" + "\n".join("%s | 1.%d.%d | %s" % (rnd(r, 6, UP), r.randint(0, 9), r.randint(0, 9), hashlib.sha1(bytes(r.getrandbits(8) for _ in range(8))).hexdigest()) for _ in range(2))


def k_rng_binary_manifest(r):
    return "rng-core-%d.%d.so  sha256=%s  signed-by=test-lab" % (r.randint(1, 9), r.randint(0, 20), _sha(r))


def k_masked_key_admin_row(r):
    return "Provider       Key                             Last used\nfeed-primary   %s••••••••••••••%s   2026-03-%02d" % (rnd(r, 4), rnd(r, 4), r.randint(1, 28))


def k_redacted_request_log(r):
    return "POST /v1/deposits Authorization: Bearer [REDACTED] X-Api-Key: ******** trace=%s" % hexs(r, 16)


def k_env_example_placeholders(r):
    return "# .env.example\nODDS_FEED_API_KEY=<your-odds-feed-key>\nKYC_CLIENT_SECRET=changeme\nPSP_WEBHOOK_SECRET=\nTRACE_SAMPLE=%d" % r.randint(1, 100)


def k_api_docs_curl_placeholder(r):
    return "curl https://api.odds.example.com/v%d/markets \\\n  -H 'X-Api-Key: YOUR_API_KEY' \\\n  -H 'X-Signature: {SIGNATURE}'" % r.randint(1, 4)


def k_k8s_secret_key_ref(r):
    return "env:\n  - name: PSP_SECRET\n    valueFrom:\n      secretKeyRef:\n        name: psp-%s\n        key: secret" % rnd(r, 5, LOW + DIG)


def k_aws_secrets_manager_arn(r):
    return "KYC_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:%d:secret:kyc/prod/client-%s" % (r.randint(10**11, 10**12 - 1), rnd(r, 6))


def k_sops_encrypted_yaml(r):
    return "kyc_client_secret: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n  version: 3.9.0" % (b64(r, 30), b64(r, 12), b64(r, 16))


def k_sealed_secret_manifest(r):
    return "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    PSP_SECRET: Ag" + b64(r, 96)


def k_rg_password_policy_memo(r):
    return "Back-office passwords must be at least %d characters, rotated every 90 days and never shared in chat; use the vault entry instead." % r.randint(12, 16)


def k_ops_chat_asks_for_password(r):
    return "[%02d:%02d] Sam: anyone know where the settlement DB password lives now?\n[%02d:%02d] Eve: it moved to the vault, path is in the runbook, don't paste it here" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 23), r.randint(0, 59))


CLASSES = [
    ("betting_market_selection_ids", [k_betfair_market_catalogue, k_odds_feed_event_ids]),
    ("lottery_draw_commitment_digests", [k_draw_commitment_log, k_draw_result_audit_csv]),
    ("provably_fair_public_seed_material", [k_provably_fair_verify_widget, k_dice_round_history_json]),
    ("bet_ticket_and_slip_references", [k_bet_slip_receipt, k_retail_ticket_barcode_log]),
    ("psp_payment_reference_ids", [k_psp_transaction_webhook, k_withdrawal_ledger_rows]),
    ("kyc_applicant_check_ids", [k_kyc_applicant_webhook, k_kyc_check_report_header]),
    ("publishable_cashier_client_keys", [k_checkout_frames_init, k_psp_hosted_fields_script]),
    ("geolocation_device_fingerprints", [k_geolocation_check_result, k_device_fingerprint_dump]),
    ("game_round_session_ids", [k_slot_round_log, k_live_table_session_json]),
    ("affiliate_click_tracking_ids", [k_affiliate_click_url, k_postback_log_line]),
    ("game_certification_binary_digests", [k_gli_certificate_digest_table, k_rng_binary_manifest]),
    ("masked_gaming_vendor_keys", [k_masked_key_admin_row, k_redacted_request_log]),
    ("gaming_config_placeholder_values", [k_env_example_placeholders, k_api_docs_curl_placeholder]),
    ("secret_store_pointer_strings", [k_k8s_secret_key_ref, k_aws_secrets_manager_arn]),
    ("sops_and_sealed_ciphertexts", [k_sops_encrypted_yaml, k_sealed_secret_manifest]),
    ("backoffice_password_talk_without_value", [k_rg_password_policy_memo, k_ops_chat_asks_for_password]),
]

WRAPPERS = [
    ("in_trading_desk_chat", "[trading-desk] {t}"),
    ("in_compliance_audit_ticket", "COMPLIANCE-%d attachment:\n{t}"),
    ("in_sportsbook_pr_review", "Review comment on sportsbook#%d:\n```\n{t}\n```\nLooks fine, nothing sensitive here."),
    ("in_casino_ops_runbook", "## Runbook step %d\n\n{t}"),
    ("in_lottery_incident_timeline", "%02d:14 UTC incident timeline entry:\n{t}"),
]


def kind_name(fn):
    return fn.__name__[2:]


def generate(seed=11406):
    r = random.Random(seed)
    out = []
    for cls, kinds in CLASSES:
        for fn in kinds:
            base = kind_name(fn)
            out.append((cls, base, fn(r)))
            for wname, wt in WRAPPERS:
                t = fn(r)
                w = wt.replace("%d", str(r.randint(10, 99)), 1) if "%d" in wt else wt
                w = w.replace("%02d", "%02d" % r.randint(0, 23))
                out.append((cls, base + "__" + wname, w.replace("{t}", t)))
    return out
