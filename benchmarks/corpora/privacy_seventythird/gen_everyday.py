"""Everyday part: 45 new web3 container kinds x 4 records, 16 span types."""
import random
from common import SLOT, pick, hexl, b64, owner_pw, ALNUM, LOW, UP, DIG, HOSTS, USERS, fill, evm_addr

BIP39_SUBSET = ('abandon ability able about above absent absorb abstract absurd abuse access accident account '
                'accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict '
                'address adjust admit adult advance advice aerobic affair afford afraid again age agent agree '
                'ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha '
                'already also alter always amateur amazing among amount amused analyst anchor ancient anger '
                'angle angry animal ankle announce annual another answer antenna antique anxiety any apart '
                'apology appear apple approve april arch arctic area arena argue arm armed armor army around '
                'arrange arrest arrive arrow art artist artwork ask aspect assault asset assist assume asthma '
                'athlete atom attack attend attitude attract auction audit august aunt author auto autumn '
                'average avocado avoid awake aware away awesome awful awkward axis wagon wait walk wall walnut '
                'want warm warrior wash wasp waste water wave way wealth weapon wear weasel weather web wedding '
                'weekend weird welcome west wet whale what wheat wheel when where whip whisper wide width wife '
                'wild will win window wine wing winter wire wisdom wolf wrong year yellow young youth zero zone zoo').split()

URLSAFE = ALNUM + '_-'


def _tg(r):
    return pick(r, DIG, r.randint(9, 10)) + ':AA' + pick(r, URLSAFE, 33)


TYPES = {
    # type: (ENV_KEY, generator)
    'aws_secret_access_key': ('AWS_SECRET_ACCESS_KEY', lambda r: pick(r, ALNUM + '/+', 40)),
    'database_password': ('INDEXER_DB_PASSWORD', owner_pw),
    'github_personal_access_token': ('GITHUB_TOKEN', lambda r: 'ghp_' + pick(r, ALNUM, 36)),
    'slack_bot_token': ('SLACK_BOT_TOKEN', lambda r: 'xoxb-' + pick(r, DIG, 12) + '-' + pick(r, DIG, 13) + '-' + pick(r, ALNUM, 24)),
    'stripe_live_secret_key': ('STRIPE_SECRET_KEY', lambda r: 'sk_live_51' + pick(r, ALNUM, 97)),
    'sendgrid_api_key': ('SENDGRID_API_KEY', lambda r: 'SG.' + pick(r, URLSAFE, 22) + '.' + pick(r, URLSAFE, 43)),
    'twilio_auth_token': ('TWILIO_AUTH_TOKEN', lambda r: hexl(r, 32)),
    'jwt_signing_secret': ('JWT_SECRET', lambda r: b64(r, 36, True, False)),
    'openai_project_api_key': ('OPENAI_API_KEY', lambda r: 'sk-proj-' + pick(r, URLSAFE, 64) + 'T3BlbkFJ' + pick(r, URLSAFE, 64)),
    'smtp_password': ('SMTP_PASSWORD', owner_pw),
    'evm_deployer_private_key': ('DEPLOYER_PRIVATE_KEY', lambda r: '0x' + hexl(r, 64)),
    'bip39_recovery_phrase': ('MNEMONIC', lambda r: ' '.join(r.choice(BIP39_SUBSET) for _ in range(12))),
    'rpc_provider_api_key': ('RPC_API_KEY', lambda r: pick(r, URLSAFE, 32)),
    'exchange_api_secret': ('EXCHANGE_API_SECRET', lambda r: pick(r, ALNUM, 64)),
    'keystore_json_passphrase': ('KEYSTORE_PASSWORD', owner_pw),
    'trading_bot_telegram_token': ('TELEGRAM_BOT_TOKEN', _tg),
}
NEW_TYPES = ['evm_deployer_private_key', 'bip39_recovery_phrase', 'rpc_provider_api_key',
             'exchange_api_secret', 'keystore_json_passphrase', 'trading_bot_telegram_token']

# %K% ENV key, %k% snake key, %c% camelCase key, %u% user, %h% host, %n% number, %a% address, %V% value
KINDS = {
    'hardhat_config_ts_networks': 'import { HardhatUserConfig } from "hardhat/config";\n// %k% pasted by %u% for the sepolia dry run\nconst %c% = "%V%";\nconst config: HardhatUserConfig = { solidity: "0.8.24", networks: { sepolia: { url: "https://%h%/v2" } } };\nexport default config;\n',
    'foundry_toml_profile_block': '[profile.default]\nsrc = "src"\nout = "out"\nlibs = ["lib"]\n\n[profile.ci.env]\n%k% = "%V%"\n',
    'anchor_toml_provider_block': '[toolchain]\nanchor_version = "0.30.1"\n\n[provider]\ncluster = "devnet"\nwallet = "~/.config/solana/id.json"\n\n[scripts]\ntest = "%K%=\'%V%\' yarn run ts-mocha -t 1000000 tests/**/*.ts"\n',
    'truffle_config_js_hdwallet': "const HDWalletProvider = require('@truffle/hdwallet-provider');\nconst %c% = '%V%';\nmodule.exports = { networks: { goerli: { network_id: 5, gas: 5500000 } } };\n",
    'brownie_config_yaml_dotenv': 'dotenv: .env\nnetworks:\n  default: development\nwallets:\n  from_key: ${PRIVATE_KEY}\n# TEMP until the vault migration (%u%)\n%k%: "%V%"\n',
    'ape_config_yaml_plugins': 'name: liquidity-router\nplugins:\n  - name: solidity\n  - name: etherscan\nethereum:\n  default_network: mainnet-fork\n%k%: \'%V%\'\n',
    'forge_script_env_sourcing_sh': '#!/usr/bin/env bash\nset -euo pipefail\nexport %K%="%V%"\nforge script script/Deploy.s.sol:Deploy --rpc-url "https://%h%" --broadcast --verify -vvvv\n',
    'solana_cli_config_yml_extra': "---\njson_rpc_url: \"https://api.devnet.solana.com\"\nwebsocket_url: \"\"\nkeypair_path: /home/%u%/.config/solana/id.json\naddress_labels:\n  \"11111111111111111111111111111111\": System Program\ncommitment: confirmed\n# %k%: %V%\n",
    'geth_node_config_toml_comment': '[Eth]\nNetworkId = 1\nSyncMode = "snap"\n\n[Node]\nDataDir = "/srv/geth"\nHTTPHost = "127.0.0.1"\nHTTPModules = ["eth", "net", "web3"]\n# %k% = "%V%"  (moved here from the shell history, %u%)\n',
    'erigon_flags_yaml_file': 'datadir: /data/erigon\nchain: mainnet\nhttp.api: [eth, erigon, engine]\nprune: hrtc\n%k%: "%V%"\n',
    'lighthouse_validator_env_file': 'NETWORK=mainnet\nBEACON_NODES=http://127.0.0.1:5052\nGRAFFITI=stakehouse-%n%\n%K%=%V%\n',
    'prysm_validator_flags_yaml': 'accept-terms-of-use: true\nmainnet: true\nwallet-dir: /var/lib/prysm/wallet\nbeacon-rpc-provider: 127.0.0.1:4000\n%k%: "%V%"\n',
    'teku_validator_config_yaml': 'network: "mainnet"\nvalidators-proposer-default-fee-recipient: "%a%"\nvalidator-keys: "/keys:/passwords"\n%k%: "%V%"\n',
    'mev_boost_systemd_unit': '[Unit]\nDescription=mev-boost (%h%)\nAfter=network-online.target\n\n[Service]\nUser=mevboost\nEnvironment="%K%=%V%"\nExecStart=/usr/local/bin/mev-boost -mainnet -relay-check\nRestart=always\n',
    'chainlink_node_secrets_toml': '[Database]\nAllowSimplePasswords = false\n\n[WebServer]\nHTTPWriteTimeout = "10s"\n\n[Mercury.Credentials.feeds]\n%c% = "%V%"\n',
    'subgraph_deploy_script_sh': '#!/bin/sh\n# deploy subgraph v0.%n%.0\ngraph codegen && graph build\n%K%=\'%V%\' graph deploy --studio uniswap-fork-analytics\n',
    'ponder_config_ts_block': 'import { createConfig } from "@ponder/core";\nimport { http } from "viem";\nconst %c% = "%V%";\nexport default createConfig({ networks: { mainnet: { chainId: 1, transport: http("https://%h%") } } });\n',
    'subquery_project_yaml_env': 'specVersion: 1.0.0\nname: dex-volume\nrunner:\n  node:\n    name: "@subql/node-ethereum"\nnetwork:\n  chainId: "1"\n  %k%: "%V%"\n',
    'ccxt_bot_settings_json': '{\n  "exchange": "binance",\n  "symbols": ["ETH/USDT", "SOL/USDT"],\n  "rateLimit": 1200,\n  "%c%": "%V%"\n}\n',
    'freqtrade_config_json_block': '{\n  "max_open_trades": 5,\n  "stake_currency": "USDT",\n  "dry_run": false,\n  "telegram": {"enabled": true, "chat_id": "-100%n%"},\n  "%k%": "%V%"\n}\n',
    'hummingbot_strategy_conf_yml': '########################################################\n###   Pure market making strategy config   ###\n########################################################\nstrategy: pure_market_making\nexchange: kucoin\nmarket: ETH-USDT\nbid_spread: 0.25\n%k%: %V%\n',
    'tenderly_yaml_project_file': 'account_id: "%u%"\nexports:\n  mainnet-fork:\n    project_slug: keeper-sim\n    rpc_address: 127.0.0.1:8545\n    %k%: "%V%"\n',
    'safe_tx_service_env_file': 'DJANGO_SETTINGS_MODULE=config.settings.production\nETHEREUM_NODE_URL=https://%h%\nETH_L2_NETWORK=1\n%K%=%V%\n',
    'custody_sdk_python_snippet': 'from custody_client import Client\n\n# quick test from %u%\'s laptop, delete before commit\n%k% = "%V%"\nclient = Client(base_url="https://%h%/v1")\nprint(client.vault_accounts())\n',
    'dune_query_scheduler_yaml': 'schedules:\n  - query_id: %n%\n    cron: "*/15 * * * *"\n    output: s3://analytics-dumps/dex\nauth:\n  %k%: %V%\n',
    'cosmos_app_toml_section': '###############################################################################\n###                           API Configuration                             ###\n###############################################################################\n[api]\nenable = true\naddress = "tcp://0.0.0.0:1317"\n%k% = "%V%"\n',
    'hermes_relayer_config_toml': '[global]\nlog_level = "info"\n\n[[chains]]\nid = "osmosis-1"\nrpc_addr = "https://%h%"\nkey_name = "relayer"\n%k% = "%V%"\n',
    'near_cli_credentials_json': '{"account_id":"treasury-%n%.near","public_key":"ed25519:%a%","%k%":"%V%"}\n',
    'aptos_cli_config_yaml_profile': '---\nprofiles:\n  default:\n    network: Mainnet\n    rest_url: "https://%h%/v1"\n    %k%: "%V%"\n',
    'sui_client_yaml_envs': '---\nkeystore:\n  File: /home/%u%/.sui/sui_config/sui.keystore\nenvs:\n  - alias: mainnet\n    rpc: "https://%h%:443"\n    %k%: "%V%"\nactive_env: mainnet\n',
    'snfoundry_toml_profile': '[sncast.default]\naccount = "deployer"\naccounts-file = "~/.starknet_accounts/starknet_open_zeppelin_accounts.json"\nurl = "https://%h%/rpc/v0_7"\n%k% = "%V%"\n',
    'defi_alert_bot_py_module': 'import os, asyncio\nfrom alerts import watch_pools\n\n%K% = "%V%"\nCHAT_ID = -100%n%\n\nasyncio.run(watch_pools(min_tvl_drop=0.2))\n',
    'trading_desk_discord_paste': '[%n%:14] %u%: ok bot is back up, for the record the %k% we switched to is %V% — rotate after the weekend pls\n[%n%:15] desk-ops: ack\n',
    'audit_finding_markdown_entry': '### [H-0%n%] Hard-coded credential in deployment tooling\n\n**File:** `scripts/deploy.ts`\n\nThe script ships `%K%="%V%"` in plain text. Anyone with repo read access can use it.\n\n**Recommendation:** load it from a secret manager and rotate.\n',
    'nft_mint_site_env_local': '# .env.local (mint site)\nNEXT_PUBLIC_CHAIN_ID=1\nNEXT_PUBLIC_CONTRACT=%a%\n%K%=%V%\n',
    'ipfs_pinning_upload_js': "import fs from 'node:fs';\nconst %c% = '%V%';\nconst files = fs.readdirSync('./metadata');\nconsole.log(`pinning ${files.length} files to %h%`);\n",
    'wagmi_frontend_config_ts': "import { createConfig, http } from 'wagmi';\nimport { mainnet, base } from 'wagmi/chains';\nexport const %c% = '%V%';\nexport const config = createConfig({ chains: [mainnet, base], transports: { [mainnet.id]: http(), [base.id]: http() } });\n",
    'keeper_task_typescript_module': 'import { Web3Function } from "@gelatonetwork/web3-functions-sdk";\n// TODO(%u%): move to secrets\nconst %c% = "%V%";\nWeb3Function.onRun(async () => ({ canExec: false, message: "no rebalance needed" }));\n',
    'price_pusher_yaml_config': 'endpoint: https://%h%\npyth-contract-address: "%a%"\nprice-config-file: ./price-config.yaml\npushing-frequency: 60\n%k%: "%V%"\n',
    'staking_operator_ansible_vars': '---\nvalidator_client: lighthouse\nvalidator_count: %n%\nfee_recipient: "%a%"\n%k%: "%V%"\n',
    'validator_alertmanager_yml': 'route:\n  receiver: oncall\nreceivers:\n  - name: oncall\n    webhook_configs:\n      - url: http://127.0.0.1:9099/hook\n# %k%: %V%\n',
    'rpc_gateway_erpc_yaml': 'logLevel: warn\nprojects:\n  - id: main\n    upstreams:\n      - endpoint: https://%h%\n        %c%: "%V%"\n',
    'otc_desk_handover_email': 'From: %u%@tradeops.example\nTo: desk-ops@tradeops.example\nSubject: OTC desk handover %n%\n\nHi all,\nfor the overnight shift the %k% is %V% (same as in the vault, just faster to copy from here).\nCheers\n',
    'protocol_incident_postmortem_md': '## Timeline\n\n- 02:%n% UTC alert fired on oracle deviation\n- 02:41 UTC %u% found the monitoring job was using `%K%=%V%` from an old branch\n- 03:10 UTC rotated and redeployed\n',
    'mev_searcher_rust_main_rs': 'use std::sync::Arc;\n\nconst %K%: &str = "%V%";\n\n#[tokio::main]\nasync fn main() -> eyre::Result<()> {\n    let ws = "wss://%h%";\n    println!("searcher up on {ws}");\n    Ok(())\n}\n',
}


def build(seed=7301):
    rng = random.Random(seed)
    kinds = list(KINDS)
    tnames = list(TYPES)
    used = {t: 0 for t in tnames}
    out = []
    for kind in kinds:
        chosen = []
        for _ in range(4):
            cands = [t for t in tnames if t not in chosen]
            m = min(used[t] for t in cands)
            best = [t for t in cands if used[t] == m]
            t = rng.choice(best)
            chosen.append(t)
            used[t] += 1
        for t in chosen:
            out.append((kind, t))
    return out


def camel(snake):
    p = snake.split('_')
    return p[0] + ''.join(x.capitalize() for x in p[1:])


def render(kind, t, value, rng):
    K = TYPES[t][0]
    tpl = KINDS[kind]
    tpl = (tpl.replace('%K%', K).replace('%k%', K.lower()).replace('%c%', camel(K.lower()))
           .replace('%u%', rng.choice(USERS)).replace('%h%', rng.choice(HOSTS))
           .replace('%n%', str(rng.randint(10, 99))).replace('%a%', evm_addr(rng)))
    tpl = tpl.replace('%V%', SLOT)
    return fill(tpl, value, t)


def generate(pool, seed=7301):
    rng = random.Random(seed)
    recs = []
    for kind, t in build(seed):
        v = pool.take(lambda: TYPES[t][1](rng))
        text, spans = render(kind, t, v, rng)
        recs.append({'type': t, 'container': kind, 'text': text, 'secrets': spans, 'source': 'everyday'})
    return recs
