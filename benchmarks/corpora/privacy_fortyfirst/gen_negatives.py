"""Hard negatives: 15 classes x 2 base kinds x 6 presentations, plus 5 documentation values."""
import random, hashlib, hmac, base64, json
from common import rs, B62, B64, HEXL, LOW, UP, DIG, filler, spec, b64u_json

SEED = 4106


def _sshpub(r): return 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + rs(r, B64, 43)


BASE = {
 'public_key_or_certificate': {
  'hpc_portal_uploaded_ssh_public_key': lambda r, f: 'Account portal → SSH keys (public)\nKey 1: %s %s@laptop\nAdded %s. Only public keys are accepted here.' % (_sshpub(r), f['user'], f['date']),
  'journal_portal_saml_metadata_cert': lambda r, f: '<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIC%s</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>' % rs(r, B64, 120),
 },
 'placeholder_or_redacted': {
  'slurm_template_angle_placeholders': lambda r, f: '#SBATCH -A <your-allocation>\nexport WANDB_API_KEY=<paste-your-key-here>\nexport DB_PASSWORD=${DB_PASSWORD:?set in ~/.secrets}\n',
  'grant_report_redacted_credentials': lambda r, f: 'Annex C, system access (redacted for publication)\nStorage account key: [REDACTED]\nPortal password: ********\nContact: %s' % f['name'],
 },
 'digest_or_checksum': {
  'fastq_md5sum_manifest': lambda r, f: '\n'.join('%s  %s_S%d_R%d_001.fastq.gz' % (rs(r, HEXL, 32), f['proj'], i, j) for i in (1, 2) for j in (1, 2)),
  'zenodo_record_file_checksums': lambda r, f: 'Files (%d.4 GB)\nmodel_weights.h5  sha256:%s\ntable_s1.csv  md5:%s' % (r.randint(1, 9), rs(r, HEXL, 64), rs(r, HEXL, 32)),
 },
 'ciphertext_or_sealed_value': {
  'ansible_vault_encrypted_group_vars': lambda r, f: 'db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ' + '\n  '.join(rs(r, HEXL, 80) for _ in range(3)),
  'salted_openssl_ciphertext_note': lambda r, f: 'Encrypted interview key (needs the passphrase from the PI, not stored here):\nU2FsdGVkX1' + rs(r, B64, 86) + '==',
 },
 'masked_partial_value': {
  'cloud_credits_portal_masked_key': lambda r, f: 'Research credits dashboard – API keys\nName: %s-sync   Key: ****************%s   Created %s' % (f['proj'], rs(r, B62, 4), f['date']),
  'cluster_account_page_masked_password': lambda r, f: 'User: %s\nPassword: ••••••••••••  (last changed %s)\nMFA: enabled' % (f['user'], f['date']),
 },
 'opaque_random_identifier': {
  'instrument_run_folder_ids': lambda r, f: '\n'.join('%02d%02d%02d_A%05d_%04d_B%s' % (r.randint(20, 24), r.randint(1, 12), r.randint(1, 28), r.randint(100, 99999), r.randint(1, 999), rs(r, UP + DIG, 9)) for _ in range(3)),
  'experiment_tracker_run_ids': lambda r, f: 'run_id    name               status\n' + '\n'.join('%s  %s-%d  finished' % (rs(r, LOW + DIG, 8), r.choice(['wise', 'brisk', 'amber', 'quiet']), r.randint(1, 99)) for _ in range(4)),
 },
 'password_prose_no_value': {
  'research_data_security_quiz': lambda r, f: 'Q3. Where should you keep the password for the shared cluster account?\n(a) in the job script (b) in a password manager (c) on the whiteboard\nCorrect answer: (b). Never put passwords in notebooks.',
  'hpc_password_policy_announcement': lambda r, f: 'From %s: passwords on the cluster now expire every 180 days. Choose at least 14 characters; your new password must differ from the last five.' % f['name'],
 },
 'publishable_client_key': {
  'mapbox_public_token_map_embed': lambda r, f: "mapboxgl.accessToken = 'pk.eyJ1Ijoi%s' + '';  // public token, URL-restricted to the field-site map" % (rs(r, B64.replace('+', '').replace('/', ''), 30) + '.' + rs(r, B62, 22)),
  'orcid_public_client_id_config': lambda r, f: 'orcid:\n  client_id: APP-%s  # public client id, shown on the sign-in page\n  redirect_uri: https://repo.uni.example/orcid/callback' % rs(r, UP + DIG, 16),
 },
 'test_fixture_fake_credential': {
  'pipeline_test_profile_dummy_password': lambda r, f: "profiles { test { params.db_password = 'dummy-not-a-secret'; params.api_key = 'test_key_do_not_use' } }",
  'course_tutorial_notebook_fake_token': lambda r, f: '# Tutorial cell – the token below is fake, replace it with your own\nTOKEN = "fake_" + "x" * 32\nclient = Client(TOKEN, dry_run=True)',
 },
 'version_or_build_string': {
  'module_avail_version_listing': lambda r, f: '------ /apps/modules ------\n   gcc/12.%d.0   openmpi/4.1.%d-ucx   cuda/12.%d.%d   hdf5/1.14.%d-mpi' % (r.randint(1, 3), r.randint(1, 6), r.randint(0, 4), r.randint(0, 9), r.randint(0, 3)),
  'conda_list_build_strings': lambda r, f: '# Name   Version   Build\nnumpy   1.26.4   py311h%s_0\nscipy   1.11.%d   py311h%s_1' % (rs(r, HEXL, 7), r.randint(1, 4), rs(r, HEXL, 7)),
 },
 'uuid_or_request_identifier': {
  'galaxy_encoded_dataset_ids': lambda r, f: 'history %s\n  dataset %s  trimmed.fastq\n  dataset %s  aligned.bam' % (rs(r, HEXL, 16), rs(r, HEXL, 16), rs(r, HEXL, 16)),
  'data_transfer_task_uuids': lambda r, f: 'Task ID: %s  SUCCEEDED  %d files\nTask ID: %s  ACTIVE' % (spec(r, '{uuid}'), r.randint(2, 900), spec(r, '{uuid}')),
 },
 'base64_non_secret_payload': {
  'cwl_base64_embedded_params_file': lambda r, f: 'params_b64: ' + base64.b64encode(json.dumps({'sample': f['proj'], 'min_qual': r.randint(20, 35), 'trim': True}).encode()).decode(),
  'label_printer_graphic_b64_field': lambda r, f: '^XA^FO20,20^GFA,%d,%d,16,:B64:%s^FS^XZ' % (r.randint(300, 900), r.randint(300, 900), base64.b64encode(bytes(r.randrange(256) for _ in range(60))).decode()),
 },
 'password_hash_not_plaintext': {
  'mysql_user_table_native_hashes': lambda r, f: "| slurm | localhost | *%s |\n| %s | %% | *%s |" % (rs(r, HEXL.upper(), 40), f['user'], rs(r, HEXL.upper(), 40)),
  'jupyter_hashed_password_config': lambda r, f: "c.PasswordIdentityProvider.hashed_password = 'argon2:$argon2id$v=19$m=10240,t=10,p=8$%s$%s'" % (rs(r, B64[:-2], 22), rs(r, B64[:-2], 43)),
 },
 'persistent_identifier_lookalike': {
  'doi_orcid_reference_list': lambda r, f: '[1] %s et al. (2023) https://doi.org/10.%d/%s\nORCID: %04d-%04d-%04d-%03dX' % (f['name'], r.randint(1000, 9999), rs(r, LOW + DIG, 12), r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 999)),
  'ror_affiliation_identifier_block': lambda r, f: 'Affiliation: University of Example\nROR: https://ror.org/0%s%02d\nRRID: SCR_%06d' % (rs(r, LOW + DIG, 6), r.randint(0, 99), r.randint(0, 999999)),
 },
 'sequence_or_accession_string': {
  'primer_oligo_order_sheet': lambda r, f: 'Name\tSequence (5\'-3\')\tScale\n%s_F\t%s\t25nm\n%s_R\t%s\t25nm' % (f['proj'], rs(r, 'ACGT', 22), f['proj'], rs(r, 'ACGT', 21)),
  'sra_accession_run_table': lambda r, f: 'Run\tBioSample\tExperiment\nSRR%d\tSAMN%d\tSRX%d\nERR%d\tSAMEA%d\tERX%d' % tuple(r.randint(10**7, 10**8) for _ in range(6)),
 },
}

WRAP = [('', '{X}'),
        ('__in_lab_meeting_minutes_quote', 'Lab meeting minutes – item 4 (quoted for reference, nothing secret):\n> {X}\n'),
        ('__in_hpc_ticket_internal_note', '[internal note] checked this, no credential exposed:\n{X}\n'),
        ('__in_methods_section_excerpt', '2.4 Data processing. As listed in Supplementary Table S2:\n{X}\n'),
        ('__in_reviewer_response_letter', 'Response to Reviewer 1, comment 7: we include the requested listing below.\n\n{X}\n'),
        ('__in_notebook_markdown_cell', '```\n{X}\n```\n*Output kept for reproducibility.*\n')]


def documentation():
    """Published test vectors, recomputed here and checked against a known prefix."""
    scr = hashlib.scrypt(b'password', salt=b'NaCl', n=1024, r=8, p=16, dklen=64).hex()
    assert scr.startswith('fdbabe1c9d347200'), scr
    krb = hashlib.pbkdf2_hmac('sha1', b'password', b'ATHENA.MIT.EDUraeburn', 1, 16).hex()
    assert krb == 'cdedb5281bb2f801565a1122b2563515', krb
    h1 = hmac.new(b'\x0b' * 20, b'Hi There', hashlib.sha256).hexdigest()
    assert h1.startswith('b0344c61d8db38535ca8afceaf0bf12b'), h1
    k = base64.urlsafe_b64decode('AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow==')
    signing = 'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ'
    sig = base64.urlsafe_b64encode(hmac.new(k, signing.encode(), hashlib.sha256).digest()).decode().rstrip('=')
    assert sig == 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', sig
    return [
     ('rfc7914_scrypt_password_nacl_vector', 'RFC 7914 §12 test vector: scrypt(P="password", S="NaCl", N=1024, r=8, p=16, dkLen=64) =\n' + scr),
     ('rfc3962_kerberos_pbkdf2_athena_vector', 'RFC 3962 Appendix B: PBKDF2-HMAC-SHA1, 1 iteration, pass phrase "password", salt "ATHENA.MIT.EDUraeburn", 128-bit output: ' + krb),
     ('rfc4231_hmac_sha256_case_one', 'RFC 4231 test case 1: key = 0x0b repeated 20 times, data = "Hi There", HMAC-SHA-256 = ' + h1),
     ('rfc7515_jws_hs256_appendix_example', 'RFC 7515 Appendix A.1 example JWS (HMAC SHA-256, key from the RFC):\n' + signing + '.' + sig),
     ('aws_docs_example_secret_access_key', 'From the AWS documentation examples (not a real key): aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
    ]


def build():
    r = random.Random(SEED)
    recs = []
    for cls in sorted(BASE):
        for kind in sorted(BASE[cls]):
            for suf, w in WRAP:
                f = filler(r)
                x = BASE[cls][kind](r, f)
                recs.append({'class': cls, 'container': kind + suf, 'text': w.replace('{X}', x), 'source': 'negative'})
    for kind, text in documentation():
        recs.append({'class': 'vendor_documentation_value', 'container': kind, 'text': text, 'source': 'negative'})
    return recs
