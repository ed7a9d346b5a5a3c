"""Evasions and hard negatives for p100."""
import random, string, hashlib, base64, json
from common100 import *
from enc100 import ENC, RULES

EV_TYPES = [('scholarly_zotero_web_api_key', lambda r: rs(r, ALNUM, 24)),
            ('scholarly_dspace_admin_password', owner_password),
            ('scholarly_overleaf_git_auth_token', lambda r: 'olp_' + rs(r, ALNUM, 36)),
            ('scholarly_orcid_member_client_secret', uuid4),
            ('scholarly_ojs_database_password', owner_password),
            ('scholarly_zenodo_personal_access_token', lambda r: rs(r, ALNUM, 40))]
WORDINGS = [
    ('overleaf_comment_thread_aside', 'Comment on line 12 of main.tex: the {what} for the build hook, {rule}:', '(resolve this comment once you have it)'),
    ('thesis_appendix_footnote', '[^7]: Not for the printed version. The {what} is given {rule}:', 'Remove this footnote before submission.'),
    ('lab_wiki_submission_checklist', '- [ ] Step 4 (deposit): use the {what}, written {rule}:', '- [ ] Step 5: tick the licence box.'),
]
WHAT = {'scholarly_zotero_web_api_key': 'Zotero API key', 'scholarly_dspace_admin_password': 'DSpace admin password',
        'scholarly_overleaf_git_auth_token': 'Overleaf git token', 'scholarly_orcid_member_client_secret': 'ORCID client secret',
        'scholarly_ojs_database_password': 'OJS database password', 'scholarly_zenodo_personal_access_token': 'Zenodo token'}


def gen_evasions(seed=10005):
    r = random.Random(seed)
    out = []
    k = 0
    for name in ENC:
        for j in range(3):
            typ, g = EV_TYPES[k % len(EV_TYPES)]
            k += 1
            wname, head, tail = WORDINGS[j]
            while True:
                plain = g(r)
                if name == 'polybius_six_grid_coordinates':
                    plain = plain.lower()
                run = ENC[name](plain)
                if run == run.strip() and plain not in run and run != plain:
                    break
            pre = head.replace('{what}', WHAT[typ]).replace('{rule}', RULES[name]) + '\n'
            text = pre + run + '\n' + tail
            span = {'value': run, 'start': len(pre), 'end': len(pre) + len(run), 'type': typ, 'plain': plain, 'encoding': name}
            out.append({'type': typ, 'container': name + '__' + wname, 'encoding': name, 'text': text, 'secrets': [span], 'source': 'evasion'})
    return out

# ------------------------------------------------------------------ negatives
def hx(r, n): return rs(r, HEX, n)


NEG = {
    'persistent_identifier_strings': [
        ('datacite_doi_metadata_attributes', lambda r: '{"data":{"id":"10.5281/zenodo.%d","type":"dois","attributes":{"doi":"10.5281/zenodo.%d","prefix":"10.5281","suffix":"zenodo.%d","state":"findable"}}}' % ((r.randint(10 ** 6, 10 ** 7),) * 3)),
        ('orcid_author_identifier_block', lambda r: 'Author: %s\nORCID: https://orcid.org/%s\nHandle: hdl:1887/%d\nARK: ark:/13030/tf%s' % (r.choice(['A. Moreau', 'K. Tanaka', 'L. Osei']), orcid(r), r.randint(10 ** 5, 10 ** 6), rs(r, string.digits + 'bcdfghjkmnpqrstvwxz', 10)))],
    'bibliographic_record_numbers': [
        ('bibtex_entry_isbn_issn_fields', lambda r: '@book{k%s,\n  title = {Methods},\n  isbn = {%s},\n  issn = {%s},\n  year = {20%02d}\n}' % (rs(r, string.ascii_lowercase, 6), isbn13(r), issn(r), r.randint(0, 24))),
        ('pubmed_arxiv_id_listing', lambda r: 'PMID: %d\nPMCID: PMC%d\narXiv:%02d%02d.%05dv%d' % (r.randint(10 ** 7, 4 * 10 ** 7), r.randint(10 ** 6, 10 ** 7), r.randint(15, 24), r.randint(1, 12), r.randint(0, 99999), r.randint(1, 4)))],
    'public_oauth_client_identifier_only': [
        ('orcid_app_client_id_config', lambda r: 'ORCID_CLIENT_ID=APP-%s\nORCID_REDIRECT_URI=https://repo.uni.example.edu/oauth/orcid\n# the client secret lives in the vault' % rs(r, string.ascii_uppercase + string.digits, 16)),
        ('zotero_user_and_group_ids', lambda r: 'userID: %d\nlibraryType: group\ngroupID: %d\n(no key in this file; the key is per user)' % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 6, 6 * 10 ** 6)))],
    'manuscript_tracking_number': [
        ('scholarone_manuscript_id_line', lambda r: 'Manuscript ID %s-%d-%04d.R%d\nSubmission date: 2024-0%d-%02d' % (r.choice(['JAMS', 'TOCS', 'BIOINF', 'JCHEM']), r.randint(2019, 2024), r.randint(1, 9999), r.randint(1, 3), r.randint(1, 9), r.randint(1, 28))),
        ('openreview_note_forum_ids', lambda r: 'forum: %s\nnote: %s\nreplyto: %s' % (rs(r, ALNUM + '-_', 10), rs(r, ALNUM + '-_', 10), rs(r, ALNUM + '-_', 10)))],
    'masked_scholarly_token_echo': [
        ('zotero_settings_key_masked', lambda r: 'Settings > Security > Applications\nKey: %s%s   (created %d days ago)' % ('•' * 20, rs(r, ALNUM, 4), r.randint(2, 400))),
        ('deposit_log_redacted_secret', lambda r: '[deposit] POST https://mds.datacite.org/doi user=ROR.%s password=******** -> 201' % rs(r, string.ascii_uppercase, 6))],
    'publishing_config_placeholder': [
        ('env_sample_angle_bracket_value', lambda r: '# copy to .env and fill in\nZOTERO_API_KEY=<your-zotero-api-key>\nZOTERO_LIBRARY_ID=<numeric id, see settings page %d>' % r.randint(1, 9)),
        ('readme_uppercase_placeholder_value', lambda r: 'ORCID_CLIENT_SECRET=YOUR_ORCID_CLIENT_SECRET\nCROSSREF_PASSWORD=REPLACE_ME_%d' % r.randint(1, 99))],
    'vault_or_keyring_lookup': [
        ('gha_secrets_expression_reference', lambda r: '      env:\n        ZENODO_TOKEN: ${{ secrets.ZENODO_TOKEN }}\n        RUN_ID: %d' % r.randint(10 ** 8, 10 ** 9)),
        ('pass_and_keyring_cli_lookup', lambda r: 'export CROSSREF_PASSWORD="$(pass show lab/crossref/deposit-%d)"\nkeyring get zotero api-key' % r.randint(1, 9))],
    'deposit_file_checksum': [
        ('zenodo_files_md5_listing', lambda r: '"files": [{"key": "data-%d.csv", "checksum": "md5:%s", "size": %d}]' % (r.randint(1, 99), hx(r, 32), r.randint(10 ** 3, 10 ** 8))),
        ('bagit_manifest_sha256_lines', lambda r: '%s  data/interviews-%02d.zip\n%s  data/codebook.pdf' % (hx(r, 64), r.randint(1, 40), hx(r, 64)))],
    'latex_build_state_digest': [
        ('fdb_latexmk_file_digest_lines', lambda r: '["pdflatex"] %d.%d "main.tex" "main.pdf" "main" %d 0\n  "main.tex" %d.%d %d %s ""' % (r.randint(1600000000, 1800000000), r.randint(0, 9), r.randint(1600000000, 1800000000), r.randint(1600000000, 1800000000), r.randint(0, 9), r.randint(100, 99999), hx(r, 32))),
        ('texlive_tlpdb_container_checksum', lambda r: 'name biblatex\nrevision %d\ncontainersize %d\ncontainerchecksum %s' % (r.randint(60000, 70000), r.randint(10 ** 5, 10 ** 7), hx(r, 128)))],
    'version_control_object_ids': [
        ('overleaf_git_bridge_log_shas', lambda r: 'commit %s\nAuthor: Overleaf <noreply@overleaf.com>\n\n    Update on Overleaf.\n\ncommit %s' % (hx(r, 40), hx(r, 40))),
        ('dvc_lock_outs_md5', lambda r: 'outs:\n- path: data/corpus.parquet\n  md5: %s\n  size: %d' % (hx(r, 32), r.randint(10 ** 5, 10 ** 9)))],
    'citation_key_and_item_key': [
        ('betterbibtex_citekey_listing', lambda r: '\\cite{%s%d%s, %s%d%s}' % (r.choice(['smith', 'okafor', 'lind', 'tanaka']), r.randint(1990, 2024), rs(r, string.ascii_lowercase, 5), r.choice(['moreau', 'varga', 'silva']), r.randint(1990, 2024), rs(r, string.ascii_lowercase, 4))),
        ('zotero_item_key_api_urls', lambda r: 'https://api.zotero.org/groups/%d/items/%s\nhttps://api.zotero.org/groups/%d/items/%s' % (r.randint(10 ** 6, 6 * 10 ** 6), rs(r, string.ascii_uppercase + string.digits, 8), r.randint(10 ** 6, 6 * 10 ** 6), rs(r, string.ascii_uppercase + string.digits, 8)))],
    'encrypted_at_rest_blob': [
        ('ansible_vault_aes256_payload', lambda r: 'dspace_admin_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  %s\n  %s' % (hx(r, 80), hx(r, 80))),
        ('age_armored_ciphertext_block', lambda r: '-----BEGIN AGE ENCRYPTED FILE-----\n%s\n%s\n-----END AGE ENCRYPTED FILE-----' % (base64.b64encode(bytes(r.getrandbits(8) for _ in range(48))).decode(), base64.b64encode(bytes(r.getrandbits(8) for _ in range(30))).decode()))],
    'published_public_key_material': [
        ('ssh_ed25519_authorized_key_line', lambda r: 'ssh-ed25519 %s overleaf-sync@lab' % base64.b64encode(b'\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20' + bytes(r.getrandbits(8) for _ in range(32))).decode()),
        ('openpgp_fingerprint_on_profile', lambda r: 'PGP key for manuscript correspondence: %s' % ' '.join(rs(r, '0123456789ABCDEF', 4) for _ in range(10)))],
    'credential_discussion_no_value': [
        ('editorial_board_rotation_minutes', lambda r: 'Minutes %d: the Crossref deposit password was rotated after the staff change; the new one is in the office vault. Nobody should paste it into the submission system notes.' % r.randint(1, 99)),
        ('reviewer_asks_for_portal_reset', lambda r: 'Dear editor, I cannot log in to the review portal (manuscript %d). Could you send me a reset link? I do not want the password by mail.' % r.randint(1000, 9999))],
    'oauth_redirect_public_parameters': [
        ('orcid_authorize_url_state_challenge', lambda r: 'https://orcid.org/oauth/authorize?client_id=APP-%s&response_type=code&scope=/authenticate&state=%s&code_challenge=%s&code_challenge_method=S256' % (rs(r, string.ascii_uppercase + string.digits, 16), hx(r, 32), b64u(hashlib.sha256(hx(r, 40).encode()).digest()))),
        ('saml_authnrequest_id_relaystate', lambda r: '<samlp:AuthnRequest ID="_%s" Version="2.0" IssueInstant="2024-05-14T09:12:03Z"/>\nRelayState=%s' % (hx(r, 40), rs(r, ALNUM, 24)))],
}
WRAPPERS = [('', lambda t, r: t),
            ('__in_manuscript_revision_log', lambda t, r: 'Revision log r%d:\n%s\n(end of entry)' % (r.randint(1, 40), t)),
            ('__in_lab_wiki_page', lambda t, r: '== Notes ==\n<pre>\n%s\n</pre>' % t),
            ('__in_repository_admin_ticket', lambda t, r: 'Ticket REPO-%d\nAttached excerpt:\n%s' % (r.randint(100, 9999), t)),
            ('__in_thesis_build_output', lambda t, r: '[build %d] >>>\n%s\n<<< exit 0' % (r.randint(1, 500), t)),
            ('__in_editorial_office_email', lambda t, r: 'Hi all,\n\nfor reference:\n\n%s\n\nBest, the editorial office' % t)]


def published_examples():
    carberry = '000000021825009'
    isbn = '978030640615'
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(isbn))
    issn7 = '0317847'
    c = (11 - sum(int(x) * (8 - i) for i, x in enumerate(issn7)) % 11) % 11
    orc = carberry + orcid_check(carberry)
    recs = [
        ('josiah_carberry_example_orcid', 'Example profile used in ORCID documentation: https://orcid.org/%s' % '-'.join(orc[i:i + 4] for i in range(0, 16, 4))),
        ('isbn13_textbook_example_number', 'ISBN-13 example from the check-digit tutorial: %s-%s' % (isbn[:3], isbn[3:] + str((10 - s % 10) % 10))),
        ('issn_check_digit_example', 'ISSN example for the validator test: %s-%s' % (issn7[:4], issn7[4:] + ('X' if c == 10 else str(c)))),
        ('crossref_test_prefix_doi', 'Use the test prefix while developing deposits: https://doi.org/10.5555/12345678'),
        ('rfc4648_base64_test_vector', 'Unit test for our Base64 helper (RFC 4648 section 10): BASE64("foobar") = "%s"' % base64.b64encode(b'foobar').decode()),
    ]
    return recs


def gen_negatives(seed=10006):
    r = random.Random(seed)
    out = []
    for cls, bases in NEG.items():
        for kind, g in bases:
            for suffix, w in WRAPPERS:
                out.append({'class': cls, 'container': kind + suffix, 'text': w(g(r), r), 'source': 'negative'})
    for kind, text in published_examples():
        out.append({'class': 'published_scholarly_example_value', 'container': kind, 'text': text, 'source': 'negative'})
    return out
