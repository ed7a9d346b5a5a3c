"""Hard negatives from the bug-bounty / CTF world: look like secrets, are not."""
import base64, hashlib, random
from common102 import *

def sha256(r): return hexs(r, 64)

BASE = {
 'bounty_report_numeric_reference': [
   ('hackerone_report_link_list', lambda r: "Duplicates of this issue: https://hackerone.com/reports/%d and #%d (closed as informative), program handle acme_vdp, weakness id %d." % (r.randrange(10**6, 3*10**6), r.randrange(10**6, 3*10**6), r.randrange(1, 200))),
   ('bugcrowd_submission_uuid_line', lambda r: "Submission %s moved to Triaged; engagement %s, target group %s." % (uuid4(r), uuid4(r), uuid4(r)))],
 'oob_interaction_callback_hostname': [
   ('interactsh_payload_host_line', lambda r: "[INF] Listing 1 payload for OOB Testing\n[INF] %s%s.oast.example.com" % (lalnum(r, 20), lalnum(r, 13))),
   ('burp_collaborator_poll_entry', lambda r: "DNS lookup of %s.oastify.example.com from 198.51.100.%d at 2025-06-01 10:22:07 UTC (type A)" % (lalnum(r, 30), r.randrange(1, 255)))],
 'signed_template_digest_comment': [
   ('nuclei_template_digest_trailer', lambda r: "    matchers:\n      - type: status\n        status: [200]\n# digest: 4a0a0047304502%s022100%s:%s" % (hexs(r, 40), hexs(r, 64), hexs(r, 32))),
   ('nuclei_templates_checksum_index', lambda r: "http/cves/2024/CVE-2024-%d.yaml:%s\nhttp/exposures/configs/%s-config.yaml:%s" % (r.randrange(1000, 60000), hexs(r, 40), r.choice(['git', 'env', 'docker']), hexs(r, 40)))],
 'tls_jarm_favicon_fingerprint': [
   ('shodan_favicon_mmh3_query', lambda r: "shodan search 'http.favicon.hash:%d' --fields ip_str,port  # favicon mmh3" % r.randrange(-2**31, 2**31)),
   ('jarm_fingerprint_scan_line', lambda r: "%s:443  JARM: %s" % (r.choice(IPS), '2ad2ad' + hexs(r, 56)))],
 'malware_sample_hash_lookup': [
   ('virustotal_gui_file_url', lambda r: "see https://www.virustotal.com/gui/file/%s/detection (62/72 engines)" % sha256(r)),
   ('ioc_table_md5_sha1_rows', lambda r: "| md5 | sha1 |\n|---|---|\n| %s | %s |\n| %s | %s |" % (hexs(r, 32), hexs(r, 40), hexs(r, 32), hexs(r, 40)))],
 'advisory_ghsa_identifier': [
   ('ghsa_reference_bullet', lambda r: "- GHSA-%s-%s-%s (CVE-2025-%d), fixed in 2.%d.%d" % (pick(r, '23456789cfghjmpqrvwx', 4), pick(r, '23456789cfghjmpqrvwx', 4), pick(r, '23456789cfghjmpqrvwx', 4), r.randrange(20000, 60000), r.randrange(10), r.randrange(10))),
   ('osv_record_id_json', lambda r: '{"id": "GHSA-%s-%s-%s", "aliases": ["CVE-2024-%d"], "modified": "2025-01-0%dT00:00:00Z"}' % (pick(r, '23456789cfghjmpqrvwx', 4), pick(r, '23456789cfghjmpqrvwx', 4), pick(r, '23456789cfghjmpqrvwx', 4), r.randrange(20000, 60000), r.randrange(1, 9)))],
 'masked_token_in_writeup': [
   ('report_redacted_bearer_header', lambda r: "Authorization: Bearer %s%s  <- truncated by me, full token sent privately" % (alnum(r, 4), '*' * r.randrange(20, 36))),
   ('writeup_blacked_key_line', lambda r: "api_key = \"%s\"  # redacted for the blog" % (r.choice(['█', 'X', '•']) * r.randrange(24, 40)))],
 'recon_script_env_lookup': [
   ('python_getenv_key_names', lambda r: "api = shodan.Shodan(os.environ['SHODAN_API_KEY'])\nvt = vt.Client(os.getenv('VT_API_KEY'))\nst_key = os.getenv('SECURITYTRAILS_KEY', '')"),
   ('bash_parameter_expansion_keys', lambda r: 'curl -s -H "APIKEY: ${%s:?missing}" "https://api.example.com/v1/domain/$1"' % r.choice(['ST_KEY', 'SECURITYTRAILS_KEY', 'ST_APIKEY']))],
 'http_trace_request_identifier': [
   ('response_headers_trace_ids', lambda r: "HTTP/2 403\nx-request-id: %s\ncf-ray: %s-FRA\nx-amz-cf-id: %s==" % (uuid4(r), hexs(r, 16), urlsafe(r, 54))),
   ('burp_logger_row_etag', lambda r: '#%d  GET /static/app.js  200  ETag: "%s"  Last-Modified: Tue, 03 Jun 2025' % (r.randrange(10**4), hexs(r, 32)))],
 'publishable_frontend_key_in_bundle': [
   ('stripe_publishable_key_in_js', lambda r: "Stripe('pk_live_%s', {locale: 'auto'})" % alnum(r, 99)),
   ('mapbox_public_pk_token', lambda r: "mapboxgl.accessToken = 'pk.%s.%s';" % (b64url_nopad(('{"u":"%s","a":"%s"}' % (r.choice(USERS), lalnum(r, 25))).encode()), urlsafe(r, 22)))],
 'ctf_challenge_password_hash': [
   ('shadow_line_sha512crypt', lambda r: "%s:$6$%s$%s:19876:0:99999:7:::" % (r.choice(USERS), pick(r, ALNUM + './', 16), pick(r, ALNUM + './', 86))),
   ('bcrypt_hash_crack_prompt', lambda r: "Challenge 'legacy-login': crack this -> $2b$12$%s" % pick(r, ALNUM + './', 53))],
 'pgp_armored_report_ciphertext': [
   ('pgp_message_attachment_block', lambda r: "-----BEGIN PGP MESSAGE-----\n\nhQIMA%s\n%s\n=%s\n-----END PGP MESSAGE-----" % (b64(r, 44), b64(r, 48), b64(r, 3))),
   ('age_encrypted_poc_blob', lambda r: "-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB%s\n%s\n-----END AGE ENCRYPTED FILE-----" % (b64(r, 30), b64(r, 48)))],
 'disclosure_policy_prose_no_value': [
   ('program_policy_credentials_paragraph', lambda r: "Do not include live credentials in reports. If you find a %s, report where it is exposed, redact all but the last %d characters and we will rotate it." % (r.choice(['token', 'password', 'API key']), r.randrange(3, 6))),
   ('ctf_rules_password_sharing_note', lambda r: "Rule %d: sharing flags or the team password with other teams leads to disqualification. Ask an admin in #support if you lost access." % r.randrange(3, 12))],
 'placeholder_key_in_recon_readme': [
   ('readme_angle_placeholder_keys', lambda r: "shodan init <YOUR_API_KEY>\nexport VT_API_KEY=<%s>" % r.choice(['your-virustotal-key', 'VT_KEY_HERE', 'api key'])),
   ('config_example_x_filled', lambda r: "securitytrails: %s\ncensys_secret: %s" % ('x' * 32, r.choice(['CHANGEME', 'REPLACE_ME', '0' * 32])))],
 'tool_release_sha256_listing': [
   ('release_checksums_txt', lambda r: "%s  nuclei_3.%d.%d_linux_amd64.zip\n%s  nuclei_3.%d.%d_macOS_arm64.zip" % (sha256(r), r.randrange(5), r.randrange(9), sha256(r), r.randrange(5), r.randrange(9))),
   ('go_sum_module_hash_line', lambda r: "github.com/projectdiscovery/%s v1.%d.%d h1:%s=" % (r.choice(['httpx', 'subfinder', 'katana']), r.randrange(9), r.randrange(9), b64(r, 32)[:43]))],
 'ssh_host_key_fingerprint_line': [
   ('known_hosts_fingerprint_prompt', lambda r: "The authenticity of host '%s' can't be established.\nED25519 key fingerprint is SHA256:%s." % (r.choice(IPS), b64(r, 32)[:43])),
   ('ssh_public_key_authorized_line', lambda r: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@kali" % (b64(r, 32)[:43], r.choice(USERS)))],
}

WRAPS = [
 ('', lambda t, u: t),
 ('__in_h1_triage_thread', lambda t, u: "@%s (H1 triage): Thanks for the report. For reference:\n%s\nWe'll update you once the team confirms." % (u, t)),
 ('__in_ctf_writeup_blog', lambda t, u: "## Recon\nWhat we saw first:\n\n```\n%s\n```\nNothing secret here, moving on." % t),
 ('__in_recon_tool_log', lambda t, u: "[2025-06-01 03:14:15] [INFO] %s\n[2025-06-01 03:14:16] [INFO] done" % t.replace('\n', '\n[2025-06-01 03:14:15] [INFO] ')),
 ('__in_bugcrowd_program_brief', lambda t, u: "Program brief - out of scope findings / known items:\n> %s" % t.replace('\n', '\n> ')),
 ('__in_discord_team_chat', lambda t, u: "%s: is this anything?\n%s\nnullbyte: nah, not a secret" % (u, t)),
]


def generate():
    r = random.Random(10206)
    recs = []
    for cls, kinds in BASE.items():
        for kind, g in kinds:
            for wname, w in WRAPS:
                recs.append({'id': None, 'class': cls, 'container': kind + wname, 'text': w(g(r), r.choice(USERS)),
                             'source': 'negative'})
    return recs
