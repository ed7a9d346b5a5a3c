"""Categories read after the seventy-first and seventy-third corpora (issue 12, part 52).

- Found: a wallet's recovery phrase (BIP-39) — unnamed when its checksum holds, under a name
  ("mnemonic", "seed phrase") whatever its checksum; a Markdown table whose header has a variable
  column and a value column; a wallet's passphrase given to the call that unlocks, decrypts or
  derives it (geth's console and JSON-RPC, web3.js, ethers, eth-account, keythereum, MetaMask's
  passworder, bip39, bip_utils); bitcoin-cli's encryptwallet; --rpc-login user:pw; an auth tuple
  under a JSON key; ``auth = "user:pw"``; a password written to a file named for one (printf
  '%s', a heredoc); a Cosmos daemon's ``keys add`` and Nimbus's ``deposits import`` reading it
  from a pipe; an LND macaroon; ``…_PASS_PHRASE`` and ``…_AUTH_HEADER`` names; Robot Framework's
  ``${NAME}    value``; Mirth's configuration map; Cloverleaf's ``{ SECRET {…} }``; Ens
  ``SetCredential``; HAPI FHIR's ``-b user:pw``; SAS's ``proc pwencode in='…'``; a word and a
  generated tail before Hawaiian's "ka ʻōlelo huna".
- Kept: a listing of validators' BLS public keys (a "pubkey" column); the published development
  mnemonics (Hardhat's, Ganache's, Truffle's, the standard's test vectors); twelve list words whose
  checksum does not hold, with no name; a variable named …BLOCK_TOKEN is no lock token.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import hashlib
import random
import string
from importlib.resources import files

import pytest

from privacy_support import B62, WORDS, gone, kept, random_text

RNG = random.Random(2026_71)
BIP39 = files("actors.privacy.engine").joinpath("bip39_english.txt").read_text(encoding="utf-8").split()


def test_the_word_list_is_the_standards_own():
    assert hashlib.sha256(("\n".join(BIP39) + "\n").encode()).hexdigest() == \
        "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"


def phrase(rng: random.Random, words: int = 12, valid: bool = True) -> str:
    """A recovery phrase made as the standard says: entropy, then the first bits of its SHA-256."""
    while True:
        entropy = rng.randbytes(words * 11 * 32 // 33 // 8)
        bits = f"{int.from_bytes(entropy, 'big'):0{len(entropy) * 8}b}"
        checksum = f"{int.from_bytes(hashlib.sha256(entropy).digest(), 'big'):0256b}"[:len(entropy) * 8 // 32]
        if not valid:
            checksum = checksum[:-1] + ("1" if checksum[-1] == "0" else "0")
        bits += checksum
        out = [BIP39[int(bits[i:i + 11], 2)] for i in range(0, len(bits), 11)]
        if len(set(out)) == len(out):
            return " ".join(out)


def passphrase(rng: random.Random) -> str:
    return rng.choice(WORDS) + "_" + "".join(rng.choice(string.ascii_lowercase) for _ in range(4)) + str(rng.randrange(100, 999))


@pytest.mark.parametrize("words", [12, 24])
def test_a_recovery_phrase_whose_checksum_holds_is_found_unnamed(words):
    value = phrase(RNG, words)
    gone(f"[29:14] ops: ok bot is back up, for the record we switched to {value} — rotate after the weekend\n", value)


@pytest.mark.parametrize("template", [
    'validator_client: lighthouse\nmnemonic: "{v}"\n',
    'MNEMONIC = "{v}"\nCHAT_ID = -10056\n',
    '[Node]\nDataDir = "/srv/geth"\n# mnemonic = "{v}"  (moved here from the shell history)\n',
    "the seed phrase for the hot wallet is {v}\n",
])
def test_a_named_recovery_phrase_is_found_whatever_its_checksum(template):
    value = phrase(RNG, valid=False)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "npx hardhat node  # accounts from: test test test test test test test test test test test junk\n",
    "ganache --wallet.deterministic  # uses: myth like bonus scare over problem client lizard pioneer submit female collect\n",
    "truffle develop  # candy maple cake sugar pudding cream honey rich smooth crumble sweet treat\n",
    "BIP-39 vector 1: abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\n",
])
def test_a_published_development_mnemonic_is_kept(text):
    kept(text)


def test_twelve_list_words_whose_checksum_fails_are_kept_without_a_name():
    kept(f"notes from the offsite: {phrase(RNG, valid=False)}\n")


def test_a_listing_of_validators_public_keys_is_kept():
    rows = "".join(f"{RNG.randrange(10**5, 10**6)},0x{random_text(RNG, '0123456789abcdef', 96)},active_ongoing\n" for _ in range(3))
    kept("index,pubkey,status\n" + rows)


@pytest.mark.parametrize("template", [
    "> personal.unlockAccount(eth.accounts[0], \"{v}\", 300)\ntrue\n",
    '> personal.newAccount("{v}")\n',
    '--> {{"jsonrpc":"2.0","method":"personal_unlockAccount","params":["0x{addr}","{v}",600],"id":7}}\n',
    "const acct = web3.eth.accounts.decrypt(keystoreJson, '{v}');\n",
    'const wallet = await ethers.Wallet.fromEncryptedJson(json, "{v}");\n',
    'with open("keyfile") as f:\n    key = Account.decrypt(json.load(f), "{v}")\n',
    'const pk = keythereum.recover("{v}", keyObject);\n',
    'const vault = await passworder.decrypt("{v}", vaultJson);\n',
    'const root = HDNodeWallet.fromPhrase(phrase, "{v}");\n',
    'const seed = bip39.mnemonicToSeedSync(mnemonic, "{v}");\n',
    'seed = Bip39SeedGenerator(mnemonic).Generate("{v}")\n',
    '$ bitcoin-cli -rpcwallet=cold encryptwallet "{v}"\n',
    "$ monero-wallet-rpc --wallet-dir /srv/xmr --rpc-login rpcops:{v}\n",
    'w3 = Web3(Web3.HTTPProvider("https://rpc.example", request_kwargs={{"auth": ("archive", "{v}")}}))\n',
    'network = "bitcoin"\nauth = "electrs:{v}"\n',
    "$ cat > /var/lib/teku/passwords/keystore-1.txt <<'EOF'\n{v}\nEOF\n",
    "$ printf '%s' '{v}' > /etc/web3signer/keys/validator_1.pass\n",
    '$ echo "{v}" | gaiad keys add relayer --keyring-backend file\n',
    '$ echo "{v}" | nimbus_beacon_node deposits import --data-dir=/var/lib/nimbus /keys\n',
    '{{\n  "RAILWAY_ENVIRONMENT": "production",\n  "CLOB_PASS_PHRASE": "{v}"\n}}\n',
    "*** Variables ***\n${{PORTAL}}    https://claims.example\n${{DB_PASSWORD}}    {v}\n",
    "<entry>\n  <string>LIS_API_PASSWORD</string>\n  <com.mirth.connect.util.ConfigurationProperty>\n    <value>{v}</value>\n"
    "  </com.mirth.connect.util.ConfigurationProperty>\n</entry>",
    "protocol LAB_SFTP_PASSWORD_52 {{\n    {{ HOST lab.example }}\n    {{ SECRET {{{v}}} }}\n    {{ USER hl7_ops }}\n}}",
    'Do ##class(Ens.Config.Credentials).SetCredential("LabSFTP", "edc_ops", "{v}", 1)',
    "$ hapi-fhir-cli upload-terminology -v r4 -t https://fhir.example/fhir -b hl7_ops:{v} -d Loinc.zip",
    "proc pwencode in='{v}' method=sas004;\nrun;",
    '{{"sender":{{"username":"rtanaka"}},"body":"ʻO {v} ka ʻōlelo huna hou o ka moʻokāki, mai kau ʻoe ia ma ka hui."}}',
])
def test_a_wallets_or_an_interfaces_password_is_found(template):
    value = passphrase(RNG) if "ʻōlelo" not in template else "keeper." + "s" + str(RNG.randrange(2, 9)) + "r" + str(RNG.randrange(100, 999))
    gone(template.format(v=value, addr=random_text(RNG, "0123456789abcdef", 40)), value)


@pytest.mark.parametrize("template", [
    "| service | variable | value |\n|---|---|---|\n| getblock access token | `GETBLOCK_TOKEN` | `{v}` |\n",
    '// bloxroute auth header\npub const BLOXROUTE_AUTH_HEADER: &str = "{v}";\n',
])
def test_a_secret_in_a_runbook_table_or_a_header_constant_is_found(template):
    value = random_text(RNG, B62, 40)
    gone(template.format(v=value), value)


def test_an_lnd_macaroon_is_found():
    value = "0201036c6e6402f801" + random_text(RNG, "0123456789abcdef", 200)
    gone(f'pub const LND_MACAROON: &str = "{value}";\n', value)
