
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'pandapon' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'pandapon'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'pandapon' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('cart', 'cart', [CompletionResultType]::ParameterValue, 'The shopping cart on Taobao or 1688 (--platform): list, add, edit, delete, preview, create orders')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Orders on Taobao or 1688 (--platform): list, show, create, pay, cancel, track')
            [CompletionResult]::new('after-sales', 'after-sales', [CompletionResultType]::ParameterValue, 'Refunds and returns on Taobao or 1688 orders (--platform)')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Refunds and returns on Taobao or 1688 orders (--platform)')
            [CompletionResult]::new('address', 'address', [CompletionResultType]::ParameterValue, 'Shipping addresses stored with PandaPon')
            [CompletionResult]::new('goods', 'goods', [CompletionResultType]::ParameterValue, 'Products on Taobao and 1688: show, check, search by keyword or photo')
            [CompletionResult]::new('product', 'product', [CompletionResultType]::ParameterValue, 'Products on Taobao and 1688: show, check, search by keyword or photo')
            [CompletionResult]::new('freight', 'freight', [CompletionResultType]::ParameterValue, 'Overseas freight (estimate, preview, book) and domestic tracking updates')
            [CompletionResult]::new('journal', 'journal', [CompletionResultType]::ParameterValue, 'The record of every write sent: list it, find and settle the unknown outcomes')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive PandaPon''s order messages: kept in the inbox, printed, handed to your app')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'The order messages `listen` received: list, show, replay to your app')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send a sample order message to a running `listen` (or any URL), as PandaPon would')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Profiles and settings')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'The embedded PandaPon sandbox: serve it for other tools, or reset its data')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Make a signed request to any API operation (the raw escape hatch, like `gh api`)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Credentials: check them, with the clock and the network')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the credentials, the clock and the network (the same as `auth status`)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a manual page (roff), for pandapon or one of its commands')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;cart' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the items in the cart; on 1688 by seller, disabled items apart with why (Taobao, 1688)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a product to the cart; on Taobao it is looked up for title, price and shop (Taobao, 1688)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the quantity of a cart item (Taobao, 1688)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove items from the cart; with no ids on a terminal, pick them (Taobao, 1688)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show what ordering these cart items would cost, per shop or seller (Taobao, 1688)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Turn cart items into orders; shows the preview and asks first (Taobao, 1688)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;cart;list' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page (--all asks for the largest pages the API allows)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page and print one table (one JSON array)')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --all: print each element as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;cart;add' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The product: its itemMapId (WUnUC1cILiBjt-Jv3lDdlQ), item id, or a Taobao/Tmall item link (https://item.taobao.com/item.htm?id=...); on 1688 an offer id or link')
            [CompletionResult]::new('--sku', '--sku', [CompletionResultType]::ParameterName, 'The SKU id, e.g. 5032007803360 (on 1688: the specId) [default: the link''s skuId, the product''s only SKU, or on a terminal a pick from its SKUs]')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'How many to add [default: 1]')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this JSON body as given (a file, or - for stdin) instead of looking the product up')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;cart;edit' {
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'The new quantity')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;cart;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;cart;preview' {
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'Cart item ids, comma-separated (with none on a terminal: pick them from a list)')
            [CompletionResult]::new('--address-name', '--address-name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--address-mobile', '--address-mobile', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--address-phone', '--address-phone', [CompletionResultType]::ParameterName, 'Recipient''s other phone')
            [CompletionResult]::new('--address-country', '--address-country', [CompletionResultType]::ParameterName, 'Country')
            [CompletionResult]::new('--address-province', '--address-province', [CompletionResultType]::ParameterName, 'Province or state (`--address-state` also works)')
            [CompletionResult]::new('--address-city', '--address-city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--address-district', '--address-district', [CompletionResultType]::ParameterName, 'District')
            [CompletionResult]::new('--address-street', '--address-street', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--address-zip', '--address-zip', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;cart;create' {
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'Cart item ids, comma-separated (with none on a terminal: pick them from a list)')
            [CompletionResult]::new('--address-name', '--address-name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--address-mobile', '--address-mobile', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--address-phone', '--address-phone', [CompletionResultType]::ParameterName, 'Recipient''s other phone')
            [CompletionResult]::new('--address-country', '--address-country', [CompletionResultType]::ParameterName, 'Country')
            [CompletionResult]::new('--address-province', '--address-province', [CompletionResultType]::ParameterName, 'Province or state (`--address-state` also works)')
            [CompletionResult]::new('--address-city', '--address-city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--address-district', '--address-district', [CompletionResultType]::ParameterName, 'District')
            [CompletionResult]::new('--address-street', '--address-street', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--address-zip', '--address-zip', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;cart;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the items in the cart; on 1688 by seller, disabled items apart with why (Taobao, 1688)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a product to the cart; on Taobao it is looked up for title, price and shop (Taobao, 1688)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the quantity of a cart item (Taobao, 1688)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove items from the cart; with no ids on a terminal, pick them (Taobao, 1688)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show what ordering these cart items would cost, per shop or seller (Taobao, 1688)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Turn cart items into orders; shows the preview and asks first (Taobao, 1688)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;cart;help;list' {
            break
        }
        'pandapon;cart;help;add' {
            break
        }
        'pandapon;cart;help;edit' {
            break
        }
        'pandapon;cart;help;delete' {
            break
        }
        'pandapon;cart;help;preview' {
            break
        }
        'pandapon;cart;help;create' {
            break
        }
        'pandapon;cart;help;help' {
            break
        }
        'pandapon;order' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders, newest first as the API sends them (Taobao, 1688)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show orders: status, lines, amounts and a logistics summary (Taobao, 1688)')
            [CompletionResult]::new('logistics', 'logistics', [CompletionResultType]::ParameterValue, 'Show an order''s logistics: every package and its tracking events (Taobao, 1688)')
            [CompletionResult]::new('track', 'track', [CompletionResultType]::ParameterValue, 'Show an order''s logistics: every package and its tracking events (Taobao, 1688)')
            [CompletionResult]::new('im-link', 'im-link', [CompletionResultType]::ParameterValue, 'Print the URL of the seller chat for an order (Taobao)')
            [CompletionResult]::new('warehouse', 'warehouse', [CompletionResultType]::ParameterValue, 'Change an order''s pre-warehouse (前置仓) name and address (Taobao)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an order directly (not from the cart); shows the cost and asks first (Taobao, 1688)')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show what a direct order would cost, without creating it (Taobao, 1688)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show what a direct order would cost, without creating it (Taobao, 1688)')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Pay orders, asking once for the whole batch; on 1688 a pay URL or paid by agreement (Taobao, 1688)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel unpaid orders, asking once for the whole batch (Taobao, 1688)')
            [CompletionResult]::new('confirm-receipt', 'confirm-receipt', [CompletionResultType]::ParameterValue, 'Confirm that shipped orders arrived, which pays the seller (1688)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;order;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only orders in this status, as the API names it: WAIT_BUYER_PAY, WAIT_SELLER_SEND_GOODS, WAIT_BUYER_CONFIRM_GOODS, TRADE_FINISHED or TRADE_CLOSED; on 1688 one of waitbuyerpay, waitsellersend, waitbuyerreceive, confirm_goods, success, cancel, terminated')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Created at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Created at or before (a date alone means the end of that day)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page (--all asks for the largest pages the API allows)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page and print one table (one JSON array)')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --all: print each element as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;logistics' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;track' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;im-link' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;warehouse' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Warehouse name')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Warehouse address')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;create' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'An order line ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2 (repeatable). A fourth field, ITEM:SKU:QTY:PRICE, is the unit price in yuan the line is sent with (the documented orderLineList `price`); leave it out to take the shop''s price. On 1688: OFFER:SPEC:QTY (offerMapId, specId, quantity), no price; several lines go as one batch (different merchants), answered per seller')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this JSON body as given (a file, or - for stdin)')
            [CompletionResult]::new('--budget', '--budget', [CompletionResultType]::ParameterName, 'Budget for the whole order in yuan, e.g. 39.90 (sent as purchaseAmount in cents) [Taobao]')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The buyer''s platform (orderSource), e.g. lazada [Taobao]')
            [CompletionResult]::new('--seller-order', '--seller-order', [CompletionResultType]::ParameterName, 'The order number on the buyer''s platform (sellerOrderNumber) [Taobao]')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'A note for the seller (the order''s message) [1688]')
            [CompletionResult]::new('--address-name', '--address-name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--address-mobile', '--address-mobile', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--address-phone', '--address-phone', [CompletionResultType]::ParameterName, 'Recipient''s other phone')
            [CompletionResult]::new('--address-country', '--address-country', [CompletionResultType]::ParameterName, 'Country')
            [CompletionResult]::new('--address-province', '--address-province', [CompletionResultType]::ParameterName, 'Province or state (`--address-state` also works)')
            [CompletionResult]::new('--address-city', '--address-city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--address-district', '--address-district', [CompletionResultType]::ParameterName, 'District')
            [CompletionResult]::new('--address-street', '--address-street', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--address-zip', '--address-zip', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;render' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'An order line ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2 (repeatable). A fourth field, ITEM:SKU:QTY:PRICE, is the unit price in yuan the line is sent with (the documented orderLineList `price`); leave it out to take the shop''s price. On 1688: OFFER:SPEC:QTY (offerMapId, specId, quantity), no price; several lines go as one batch (different merchants), answered per seller')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this JSON body as given (a file, or - for stdin)')
            [CompletionResult]::new('--budget', '--budget', [CompletionResultType]::ParameterName, 'Budget for the whole order in yuan, e.g. 39.90 (sent as purchaseAmount in cents) [Taobao]')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The buyer''s platform (orderSource), e.g. lazada [Taobao]')
            [CompletionResult]::new('--seller-order', '--seller-order', [CompletionResultType]::ParameterName, 'The order number on the buyer''s platform (sellerOrderNumber) [Taobao]')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'A note for the seller (the order''s message) [1688]')
            [CompletionResult]::new('--address-name', '--address-name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--address-mobile', '--address-mobile', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--address-phone', '--address-phone', [CompletionResultType]::ParameterName, 'Recipient''s other phone')
            [CompletionResult]::new('--address-country', '--address-country', [CompletionResultType]::ParameterName, 'Country')
            [CompletionResult]::new('--address-province', '--address-province', [CompletionResultType]::ParameterName, 'Province or state (`--address-state` also works)')
            [CompletionResult]::new('--address-city', '--address-city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--address-district', '--address-district', [CompletionResultType]::ParameterName, 'District')
            [CompletionResult]::new('--address-street', '--address-street', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--address-zip', '--address-zip', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;preview' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'An order line ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2 (repeatable). A fourth field, ITEM:SKU:QTY:PRICE, is the unit price in yuan the line is sent with (the documented orderLineList `price`); leave it out to take the shop''s price. On 1688: OFFER:SPEC:QTY (offerMapId, specId, quantity), no price; several lines go as one batch (different merchants), answered per seller')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this JSON body as given (a file, or - for stdin)')
            [CompletionResult]::new('--budget', '--budget', [CompletionResultType]::ParameterName, 'Budget for the whole order in yuan, e.g. 39.90 (sent as purchaseAmount in cents) [Taobao]')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The buyer''s platform (orderSource), e.g. lazada [Taobao]')
            [CompletionResult]::new('--seller-order', '--seller-order', [CompletionResultType]::ParameterName, 'The order number on the buyer''s platform (sellerOrderNumber) [Taobao]')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'A note for the seller (the order''s message) [1688]')
            [CompletionResult]::new('--address-name', '--address-name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--address-mobile', '--address-mobile', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--address-phone', '--address-phone', [CompletionResultType]::ParameterName, 'Recipient''s other phone')
            [CompletionResult]::new('--address-country', '--address-country', [CompletionResultType]::ParameterName, 'Country')
            [CompletionResult]::new('--address-province', '--address-province', [CompletionResultType]::ParameterName, 'Province or state (`--address-state` also works)')
            [CompletionResult]::new('--address-city', '--address-city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--address-district', '--address-district', [CompletionResultType]::ParameterName, 'District')
            [CompletionResult]::new('--address-street', '--address-street', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--address-zip', '--address-zip', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;pay' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;cancel' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, as sent to the API''s cancelReason')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;confirm-receipt' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;order;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders, newest first as the API sends them (Taobao, 1688)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show orders: status, lines, amounts and a logistics summary (Taobao, 1688)')
            [CompletionResult]::new('logistics', 'logistics', [CompletionResultType]::ParameterValue, 'Show an order''s logistics: every package and its tracking events (Taobao, 1688)')
            [CompletionResult]::new('im-link', 'im-link', [CompletionResultType]::ParameterValue, 'Print the URL of the seller chat for an order (Taobao)')
            [CompletionResult]::new('warehouse', 'warehouse', [CompletionResultType]::ParameterValue, 'Change an order''s pre-warehouse (前置仓) name and address (Taobao)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an order directly (not from the cart); shows the cost and asks first (Taobao, 1688)')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show what a direct order would cost, without creating it (Taobao, 1688)')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Pay orders, asking once for the whole batch; on 1688 a pay URL or paid by agreement (Taobao, 1688)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel unpaid orders, asking once for the whole batch (Taobao, 1688)')
            [CompletionResult]::new('confirm-receipt', 'confirm-receipt', [CompletionResultType]::ParameterValue, 'Confirm that shipped orders arrived, which pays the seller (1688)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;order;help;list' {
            break
        }
        'pandapon;order;help;show' {
            break
        }
        'pandapon;order;help;logistics' {
            break
        }
        'pandapon;order;help;im-link' {
            break
        }
        'pandapon;order;help;warehouse' {
            break
        }
        'pandapon;order;help;create' {
            break
        }
        'pandapon;order;help;render' {
            break
        }
        'pandapon;order;help;pay' {
            break
        }
        'pandapon;order;help;cancel' {
            break
        }
        'pandapon;order;help;confirm-receipt' {
            break
        }
        'pandapon;order;help;help' {
            break
        }
        'pandapon;after-sales' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List after-sales (reverse) orders (Taobao)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one after-sales order (Taobao, 1688)')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show the reasons and the maximum refundable amount for a sub-order (Taobao)')
            [CompletionResult]::new('reasons', 'reasons', [CompletionResultType]::ParameterValue, 'List the refund reasons an order can have, for `submit --reason` (1688)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Ask for a refund; on a Taobao terminal without flags, a guided walk-through (Taobao, 1688)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change an after-sales request (Taobao)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Withdraw an after-sales request (Taobao)')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Send a message to the seller about an after-sales request (Taobao)')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'List the messages of an after-sales request (Taobao)')
            [CompletionResult]::new('return-logistics', 'return-logistics', [CompletionResultType]::ParameterValue, 'Show where and how to send goods back: the return-logistics render (Taobao)')
            [CompletionResult]::new('return-ship', 'return-ship', [CompletionResultType]::ParameterValue, 'Tell the seller the return has been shipped (Taobao, 1688)')
            [CompletionResult]::new('companies', 'companies', [CompletionResultType]::ParameterValue, 'List the logistics companies a return can be sent with (1688)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;refund' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List after-sales (reverse) orders (Taobao)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one after-sales order (Taobao, 1688)')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show the reasons and the maximum refundable amount for a sub-order (Taobao)')
            [CompletionResult]::new('reasons', 'reasons', [CompletionResultType]::ParameterValue, 'List the refund reasons an order can have, for `submit --reason` (1688)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Ask for a refund; on a Taobao terminal without flags, a guided walk-through (Taobao, 1688)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change an after-sales request (Taobao)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Withdraw an after-sales request (Taobao)')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Send a message to the seller about an after-sales request (Taobao)')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'List the messages of an after-sales request (Taobao)')
            [CompletionResult]::new('return-logistics', 'return-logistics', [CompletionResultType]::ParameterValue, 'Show where and how to send goods back: the return-logistics render (Taobao)')
            [CompletionResult]::new('return-ship', 'return-ship', [CompletionResultType]::ParameterValue, 'Tell the seller the return has been shipped (Taobao, 1688)')
            [CompletionResult]::new('companies', 'companies', [CompletionResultType]::ParameterValue, 'List the logistics companies a return can be sent with (1688)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;after-sales;list' {
            [CompletionResult]::new('--refund-id', '--refund-id', [CompletionResultType]::ParameterName, 'Only this after-sales order')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Only after-sales of this order (purchaseOrderId)')
            [CompletionResult]::new('--sales-order', '--sales-order', [CompletionResultType]::ParameterName, 'Only after-sales of this Taobao order (salesOrderId)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this refundStatus (the API''s number)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Requested at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Requested at or before (a date alone means the end of that day)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page (--all asks for the largest pages the API allows)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page and print one table (one JSON array)')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --all: print each element as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;list' {
            [CompletionResult]::new('--refund-id', '--refund-id', [CompletionResultType]::ParameterName, 'Only this after-sales order')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Only after-sales of this order (purchaseOrderId)')
            [CompletionResult]::new('--sales-order', '--sales-order', [CompletionResultType]::ParameterName, 'Only after-sales of this Taobao order (salesOrderId)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this refundStatus (the API''s number)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Requested at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Requested at or before (a date alone means the end of that day)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page (--all asks for the largest pages the API allows)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page and print one table (one JSON array)')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --all: print each element as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;render' {
            [CompletionResult]::new('--sub-order', '--sub-order', [CompletionResultType]::ParameterName, 'The sub-order (order line) id')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The API''s refundType number (PandaPon does not document the values)')
            [CompletionResult]::new('--goods-status', '--goods-status', [CompletionResultType]::ParameterName, 'The API''s goodsStatus number (PandaPon does not document the values)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;render' {
            [CompletionResult]::new('--sub-order', '--sub-order', [CompletionResultType]::ParameterName, 'The sub-order (order line) id')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The API''s refundType number (PandaPon does not document the values)')
            [CompletionResult]::new('--goods-status', '--goods-status', [CompletionResultType]::ParameterName, 'The API''s goodsStatus number (PandaPon does not document the values)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;reasons' {
            [CompletionResult]::new('--sub-order', '--sub-order', [CompletionResultType]::ParameterName, 'Only for this line of the order (its sub-order id)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;reasons' {
            [CompletionResult]::new('--sub-order', '--sub-order', [CompletionResultType]::ParameterName, 'Only for this line of the order (its sub-order id)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;submit' {
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The order [1688; there a refund is on an order, or on some of its lines]')
            [CompletionResult]::new('--sub-order', '--sub-order', [CompletionResultType]::ParameterName, 'The sub-order (order line) id [on 1688 optional: the line to refund, else the whole order]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The API''s refundType number')
            [CompletionResult]::new('--goods-status', '--goods-status', [CompletionResultType]::ParameterName, 'The API''s goodsStatus number')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'The reason id, from `after-sales render` (on 1688: from `after-sales reasons`)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The amount in yuan, at most the maximum the render allows (on 1688: what the goods cost) [default: that maximum]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What is wrong, for the seller')
            [CompletionResult]::new('--voucher', '--voucher', [CompletionResultType]::ParameterName, 'A picture of what is wrong, uploaded before the request: a JPEG, PNG, GIF or WebP file of at most 5 MiB (repeatable) [1688]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;submit' {
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The order [1688; there a refund is on an order, or on some of its lines]')
            [CompletionResult]::new('--sub-order', '--sub-order', [CompletionResultType]::ParameterName, 'The sub-order (order line) id [on 1688 optional: the line to refund, else the whole order]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The API''s refundType number')
            [CompletionResult]::new('--goods-status', '--goods-status', [CompletionResultType]::ParameterName, 'The API''s goodsStatus number')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'The reason id, from `after-sales render` (on 1688: from `after-sales reasons`)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The amount in yuan, at most the maximum the render allows (on 1688: what the goods cost) [default: that maximum]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What is wrong, for the seller')
            [CompletionResult]::new('--voucher', '--voucher', [CompletionResultType]::ParameterName, 'A picture of what is wrong, uploaded before the request: a JPEG, PNG, GIF or WebP file of at most 5 MiB (repeatable) [1688]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;modify' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'The new reason id')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The new amount in yuan, e.g. 39.90')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The new description')
            [CompletionResult]::new('--goods-status', '--goods-status', [CompletionResultType]::ParameterName, 'The new goods status (the API''s goodsStatus number)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;modify' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'The new reason id')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The new amount in yuan, e.g. 39.90')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The new description')
            [CompletionResult]::new('--goods-status', '--goods-status', [CompletionResultType]::ParameterName, 'The new goods status (the API''s goodsStatus number)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;cancel' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;cancel' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;message' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The message')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'An image to attach: a JPEG, PNG, GIF or WebP file of at most 5 MiB (sent base64-encoded), or an http(s):// URL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;message' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The message')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'An image to attach: a JPEG, PNG, GIF or WebP file of at most 5 MiB (sent base64-encoded), or an http(s):// URL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;messages' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page (--all asks for the largest pages the API allows)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page and print one table (one JSON array)')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --all: print each element as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;messages' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per page (--all asks for the largest pages the API allows)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page and print one table (one JSON array)')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --all: print each element as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;return-logistics' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;return-logistics' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;return-ship' {
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'The logistics company code, e.g. SF (see `after-sales return-logistics`; on 1688 `after-sales companies`)')
            [CompletionResult]::new('--company-name', '--company-name', [CompletionResultType]::ParameterName, 'The logistics company name, e.g. 顺丰快递 [Taobao]')
            [CompletionResult]::new('--tracking', '--tracking', [CompletionResultType]::ParameterName, 'The tracking number')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The sender''s phone [Taobao]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A note about the returned goods')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;return-ship' {
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'The logistics company code, e.g. SF (see `after-sales return-logistics`; on 1688 `after-sales companies`)')
            [CompletionResult]::new('--company-name', '--company-name', [CompletionResultType]::ParameterName, 'The logistics company name, e.g. 顺丰快递 [Taobao]')
            [CompletionResult]::new('--tracking', '--tracking', [CompletionResultType]::ParameterName, 'The tracking number')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The sender''s phone [Taobao]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A note about the returned goods')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;companies' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;refund;companies' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;after-sales;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List after-sales (reverse) orders (Taobao)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one after-sales order (Taobao, 1688)')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show the reasons and the maximum refundable amount for a sub-order (Taobao)')
            [CompletionResult]::new('reasons', 'reasons', [CompletionResultType]::ParameterValue, 'List the refund reasons an order can have, for `submit --reason` (1688)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Ask for a refund; on a Taobao terminal without flags, a guided walk-through (Taobao, 1688)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change an after-sales request (Taobao)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Withdraw an after-sales request (Taobao)')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Send a message to the seller about an after-sales request (Taobao)')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'List the messages of an after-sales request (Taobao)')
            [CompletionResult]::new('return-logistics', 'return-logistics', [CompletionResultType]::ParameterValue, 'Show where and how to send goods back: the return-logistics render (Taobao)')
            [CompletionResult]::new('return-ship', 'return-ship', [CompletionResultType]::ParameterValue, 'Tell the seller the return has been shipped (Taobao, 1688)')
            [CompletionResult]::new('companies', 'companies', [CompletionResultType]::ParameterValue, 'List the logistics companies a return can be sent with (1688)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;after-sales;help;list' {
            break
        }
        'pandapon;after-sales;help;show' {
            break
        }
        'pandapon;after-sales;help;render' {
            break
        }
        'pandapon;after-sales;help;reasons' {
            break
        }
        'pandapon;after-sales;help;submit' {
            break
        }
        'pandapon;after-sales;help;modify' {
            break
        }
        'pandapon;after-sales;help;cancel' {
            break
        }
        'pandapon;after-sales;help;message' {
            break
        }
        'pandapon;after-sales;help;messages' {
            break
        }
        'pandapon;after-sales;help;return-logistics' {
            break
        }
        'pandapon;after-sales;help;return-ship' {
            break
        }
        'pandapon;after-sales;help;companies' {
            break
        }
        'pandapon;after-sales;help;help' {
            break
        }
        'pandapon;refund;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List after-sales (reverse) orders (Taobao)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one after-sales order (Taobao, 1688)')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show the reasons and the maximum refundable amount for a sub-order (Taobao)')
            [CompletionResult]::new('reasons', 'reasons', [CompletionResultType]::ParameterValue, 'List the refund reasons an order can have, for `submit --reason` (1688)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Ask for a refund; on a Taobao terminal without flags, a guided walk-through (Taobao, 1688)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change an after-sales request (Taobao)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Withdraw an after-sales request (Taobao)')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Send a message to the seller about an after-sales request (Taobao)')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'List the messages of an after-sales request (Taobao)')
            [CompletionResult]::new('return-logistics', 'return-logistics', [CompletionResultType]::ParameterValue, 'Show where and how to send goods back: the return-logistics render (Taobao)')
            [CompletionResult]::new('return-ship', 'return-ship', [CompletionResultType]::ParameterValue, 'Tell the seller the return has been shipped (Taobao, 1688)')
            [CompletionResult]::new('companies', 'companies', [CompletionResultType]::ParameterValue, 'List the logistics companies a return can be sent with (1688)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;refund;help;list' {
            break
        }
        'pandapon;refund;help;show' {
            break
        }
        'pandapon;refund;help;render' {
            break
        }
        'pandapon;refund;help;reasons' {
            break
        }
        'pandapon;refund;help;submit' {
            break
        }
        'pandapon;refund;help;modify' {
            break
        }
        'pandapon;refund;help;cancel' {
            break
        }
        'pandapon;refund;help;message' {
            break
        }
        'pandapon;refund;help;messages' {
            break
        }
        'pandapon;refund;help;return-logistics' {
            break
        }
        'pandapon;refund;help;return-ship' {
            break
        }
        'pandapon;refund;help;companies' {
            break
        }
        'pandapon;refund;help;help' {
            break
        }
        'pandapon;address' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored addresses')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add an address, or update one with --id (fields not given are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;address;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;address;set' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Update this address instead of adding one')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--province', '--province', [CompletionResultType]::ParameterName, 'Province')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--district', '--district', [CompletionResultType]::ParameterName, 'District')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;address;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored addresses')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add an address, or update one with --id (fields not given are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;address;help;list' {
            break
        }
        'pandapon;address;help;set' {
            break
        }
        'pandapon;address;help;help' {
            break
        }
        'pandapon;goods' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show products: title, shop, prices, stock, sales and every SKU (Taobao and 1688)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Which items can be bought through PandaPon, and why not (Taobao)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search by keyword (Taobao and 1688)')
            [CompletionResult]::new('image-search', 'image-search', [CompletionResultType]::ParameterValue, 'Search by photo: a JPEG, PNG, GIF or WebP file, or an image URL (Taobao and 1688)')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'A category''s names and subcategories (1688)')
            [CompletionResult]::new('recommend', 'recommend', [CompletionResultType]::ParameterValue, 'Recommended offers (1688)')
            [CompletionResult]::new('related', 'related', [CompletionResultType]::ParameterValue, 'Offers related to one offer (1688)')
            [CompletionResult]::new('hot', 'hot', [CompletionResultType]::ParameterValue, 'The hot-selling list, overall or for a category (1688)')
            [CompletionResult]::new('seller-chat', 'seller-chat', [CompletionResultType]::ParameterValue, 'The seller''s Wangwang name, to chat with them about an offer (1688)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;product' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show products: title, shop, prices, stock, sales and every SKU (Taobao and 1688)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Which items can be bought through PandaPon, and why not (Taobao)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search by keyword (Taobao and 1688)')
            [CompletionResult]::new('image-search', 'image-search', [CompletionResultType]::ParameterValue, 'Search by photo: a JPEG, PNG, GIF or WebP file, or an image URL (Taobao and 1688)')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'A category''s names and subcategories (1688)')
            [CompletionResult]::new('recommend', 'recommend', [CompletionResultType]::ParameterValue, 'Recommended offers (1688)')
            [CompletionResult]::new('related', 'related', [CompletionResultType]::ParameterValue, 'Offers related to one offer (1688)')
            [CompletionResult]::new('hot', 'hot', [CompletionResultType]::ParameterValue, 'The hot-selling list, overall or for a category (1688)')
            [CompletionResult]::new('seller-chat', 'seller-chat', [CompletionResultType]::ParameterValue, 'The seller''s Wangwang name, to chat with them about an offer (1688)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;goods;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;product;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;goods;check' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;product;check' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;goods;search' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop at N results, walking as many pages as that takes')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the results (commission: Taobao only)')
            [CompletionResult]::new('--min-price', '--min-price', [CompletionResultType]::ParameterName, 'Lowest price, in yuan (e.g. 9.90)')
            [CompletionResult]::new('--max-price', '--max-price', [CompletionResultType]::ParameterName, 'Highest price, in yuan')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category (a numeric category id; 1688: see `goods category`)')
            [CompletionResult]::new('--shop', '--shop', [CompletionResultType]::ParameterName, 'Search one seller''s store, by the seller''s open id (1688)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page (see --concurrency) and print one list (one JSON array)')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Only 1688''s strictly selected offers, 1688严选 (1688)')
            [CompletionResult]::new('--global-strict', '--global-strict', [CompletionResultType]::ParameterName, 'Only globally strictly selected offers, 全球严选 (1688)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;product;search' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop at N results, walking as many pages as that takes')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the results (commission: Taobao only)')
            [CompletionResult]::new('--min-price', '--min-price', [CompletionResultType]::ParameterName, 'Lowest price, in yuan (e.g. 9.90)')
            [CompletionResult]::new('--max-price', '--max-price', [CompletionResultType]::ParameterName, 'Highest price, in yuan')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category (a numeric category id; 1688: see `goods category`)')
            [CompletionResult]::new('--shop', '--shop', [CompletionResultType]::ParameterName, 'Search one seller''s store, by the seller''s open id (1688)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page (see --concurrency) and print one list (one JSON array)')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Only 1688''s strictly selected offers, 1688严选 (1688)')
            [CompletionResult]::new('--global-strict', '--global-strict', [CompletionResultType]::ParameterName, 'Only globally strictly selected offers, 全球严选 (1688)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;goods;image-search' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop at N results, walking as many pages as that takes')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page (see --concurrency) and print one list (one JSON array)')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;product;image-search' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop at N results, walking as many pages as that takes')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page (see --concurrency) and print one list (one JSON array)')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;goods;category' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;product;category' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;goods;recommend' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop at N results, walking as many pages as that takes')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page (see --concurrency) and print one list (one JSON array)')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;product;recommend' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop at N results, walking as many pages as that takes')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page (see --concurrency) and print one list (one JSON array)')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;goods;related' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop at N results, walking as many pages as that takes')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page (see --concurrency) and print one list (one JSON array)')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;product;related' {
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number, from 1')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop at N results, walking as many pages as that takes')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Walk every page (see --concurrency) and print one list (one JSON array)')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;goods;hot' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category''s list (see `goods category`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;product;hot' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category''s list (see `goods category`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;goods;seller-chat' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;product;seller-chat' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;goods;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show products: title, shop, prices, stock, sales and every SKU (Taobao and 1688)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Which items can be bought through PandaPon, and why not (Taobao)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search by keyword (Taobao and 1688)')
            [CompletionResult]::new('image-search', 'image-search', [CompletionResultType]::ParameterValue, 'Search by photo: a JPEG, PNG, GIF or WebP file, or an image URL (Taobao and 1688)')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'A category''s names and subcategories (1688)')
            [CompletionResult]::new('recommend', 'recommend', [CompletionResultType]::ParameterValue, 'Recommended offers (1688)')
            [CompletionResult]::new('related', 'related', [CompletionResultType]::ParameterValue, 'Offers related to one offer (1688)')
            [CompletionResult]::new('hot', 'hot', [CompletionResultType]::ParameterValue, 'The hot-selling list, overall or for a category (1688)')
            [CompletionResult]::new('seller-chat', 'seller-chat', [CompletionResultType]::ParameterValue, 'The seller''s Wangwang name, to chat with them about an offer (1688)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;goods;help;show' {
            break
        }
        'pandapon;goods;help;check' {
            break
        }
        'pandapon;goods;help;search' {
            break
        }
        'pandapon;goods;help;image-search' {
            break
        }
        'pandapon;goods;help;category' {
            break
        }
        'pandapon;goods;help;recommend' {
            break
        }
        'pandapon;goods;help;related' {
            break
        }
        'pandapon;goods;help;hot' {
            break
        }
        'pandapon;goods;help;seller-chat' {
            break
        }
        'pandapon;goods;help;help' {
            break
        }
        'pandapon;product;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show products: title, shop, prices, stock, sales and every SKU (Taobao and 1688)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Which items can be bought through PandaPon, and why not (Taobao)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search by keyword (Taobao and 1688)')
            [CompletionResult]::new('image-search', 'image-search', [CompletionResultType]::ParameterValue, 'Search by photo: a JPEG, PNG, GIF or WebP file, or an image URL (Taobao and 1688)')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'A category''s names and subcategories (1688)')
            [CompletionResult]::new('recommend', 'recommend', [CompletionResultType]::ParameterValue, 'Recommended offers (1688)')
            [CompletionResult]::new('related', 'related', [CompletionResultType]::ParameterValue, 'Offers related to one offer (1688)')
            [CompletionResult]::new('hot', 'hot', [CompletionResultType]::ParameterValue, 'The hot-selling list, overall or for a category (1688)')
            [CompletionResult]::new('seller-chat', 'seller-chat', [CompletionResultType]::ParameterValue, 'The seller''s Wangwang name, to chat with them about an offer (1688)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;product;help;show' {
            break
        }
        'pandapon;product;help;check' {
            break
        }
        'pandapon;product;help;search' {
            break
        }
        'pandapon;product;help;image-search' {
            break
        }
        'pandapon;product;help;category' {
            break
        }
        'pandapon;product;help;recommend' {
            break
        }
        'pandapon;product;help;related' {
            break
        }
        'pandapon;product;help;hot' {
            break
        }
        'pandapon;product;help;seller-chat' {
            break
        }
        'pandapon;product;help;help' {
            break
        }
        'pandapon;freight' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Estimate the overseas freight of one item to a destination')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show an order''s overseas freight options (the render id feeds `freight book`)')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Create the international logistics order (asks first)')
            [CompletionResult]::new('domestic', 'domestic', [CompletionResultType]::ParameterValue, 'Update an order''s domestic (mainland) logistics information')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;freight;estimate' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The item id')
            [CompletionResult]::new('--sku', '--sku', [CompletionResultType]::ParameterName, 'The SKU id')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'How many')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Unit price in yuan, e.g. 39.90')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency of the price')
            [CompletionResult]::new('--to-country', '--to-country', [CompletionResultType]::ParameterName, 'Country code, e.g. US')
            [CompletionResult]::new('--to-state', '--to-state', [CompletionResultType]::ParameterName, 'State or province, e.g. California')
            [CompletionResult]::new('--to-city', '--to-city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--to-zip', '--to-zip', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--to-address', '--to-address', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--to-name', '--to-name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--to-phone', '--to-phone', [CompletionResultType]::ParameterName, 'Recipient''s phone')
            [CompletionResult]::new('--to-mobile', '--to-mobile', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--to-email', '--to-email', [CompletionResultType]::ParameterName, 'Recipient''s email')
            [CompletionResult]::new('--to-tax-id', '--to-tax-id', [CompletionResultType]::ParameterName, 'Recipient''s tax id')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;freight;preview' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'A line ITEM:SKU:QTY:PRICE, the price in yuan (repeatable)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency of the prices')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this JSON body as given (a file, or - for stdin)')
            [CompletionResult]::new('--to-country', '--to-country', [CompletionResultType]::ParameterName, 'Country code, e.g. US')
            [CompletionResult]::new('--to-state', '--to-state', [CompletionResultType]::ParameterName, 'State or province, e.g. California')
            [CompletionResult]::new('--to-city', '--to-city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--to-zip', '--to-zip', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--to-address', '--to-address', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--to-name', '--to-name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--to-phone', '--to-phone', [CompletionResultType]::ParameterName, 'Recipient''s phone')
            [CompletionResult]::new('--to-mobile', '--to-mobile', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--to-email', '--to-email', [CompletionResultType]::ParameterName, 'Recipient''s email')
            [CompletionResult]::new('--to-tax-id', '--to-tax-id', [CompletionResultType]::ParameterName, 'Recipient''s tax id')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;freight;book' {
            [CompletionResult]::new('--render-id', '--render-id', [CompletionResultType]::ParameterName, 'The render id from `freight preview`')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'A line ITEM:SKU:QTY:PRICE, the price in yuan (repeatable)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Currency of the prices')
            [CompletionResult]::new('--service-id', '--service-id', [CompletionResultType]::ParameterName, 'The freight service id chosen from `freight preview`')
            [CompletionResult]::new('--company-name', '--company-name', [CompletionResultType]::ParameterName, 'The freight company name of that service')
            [CompletionResult]::new('--service-category', '--service-category', [CompletionResultType]::ParameterName, 'The service category of that service')
            [CompletionResult]::new('--tmall-order', '--tmall-order', [CompletionResultType]::ParameterName, 'The Tmall/Taobao order this shipment belongs to')
            [CompletionResult]::new('--remark', '--remark', [CompletionResultType]::ParameterName, 'A note for the warehouse')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this JSON body as given (a file, or - for stdin)')
            [CompletionResult]::new('--to-country', '--to-country', [CompletionResultType]::ParameterName, 'Country code, e.g. US')
            [CompletionResult]::new('--to-state', '--to-state', [CompletionResultType]::ParameterName, 'State or province, e.g. California')
            [CompletionResult]::new('--to-city', '--to-city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--to-zip', '--to-zip', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--to-address', '--to-address', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--to-name', '--to-name', [CompletionResultType]::ParameterName, 'Recipient''s name')
            [CompletionResult]::new('--to-phone', '--to-phone', [CompletionResultType]::ParameterName, 'Recipient''s phone')
            [CompletionResult]::new('--to-mobile', '--to-mobile', [CompletionResultType]::ParameterName, 'Recipient''s mobile phone')
            [CompletionResult]::new('--to-email', '--to-email', [CompletionResultType]::ParameterName, 'Recipient''s email')
            [CompletionResult]::new('--to-tax-id', '--to-tax-id', [CompletionResultType]::ParameterName, 'Recipient''s tax id')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;freight;domestic' {
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The order id')
            [CompletionResult]::new('--tmall-order', '--tmall-order', [CompletionResultType]::ParameterName, 'The Tmall/Taobao order id')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The line shipped, ITEM:SKU:QTY (repeatable; each gets the same tracking)')
            [CompletionResult]::new('--tracking', '--tracking', [CompletionResultType]::ParameterName, 'The domestic tracking number')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'The domestic logistics company, e.g. 顺丰')
            [CompletionResult]::new('--shipped-at', '--shipped-at', [CompletionResultType]::ParameterName, 'When it was handed over (rtsTime) [default: now]')
            [CompletionResult]::new('--parcel', '--parcel', [CompletionResultType]::ParameterName, 'The parcel''s number on the line (logisticNumer), when it has one')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Send this JSON body as given (a file, or - for stdin)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;freight;help' {
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Estimate the overseas freight of one item to a destination')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show an order''s overseas freight options (the render id feeds `freight book`)')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Create the international logistics order (asks first)')
            [CompletionResult]::new('domestic', 'domestic', [CompletionResultType]::ParameterValue, 'Update an order''s domestic (mainland) logistics information')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;freight;help;estimate' {
            break
        }
        'pandapon;freight;help;preview' {
            break
        }
        'pandapon;freight;help;book' {
            break
        }
        'pandapon;freight;help;domestic' {
            break
        }
        'pandapon;freight;help;help' {
            break
        }
        'pandapon;journal' {
            [CompletionResult]::new('--tail', '--tail', [CompletionResultType]::ParameterName, 'Only the last N entries')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Only writes about this order (its id in the request''s body, path or query)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every write recorded, oldest first (what `pandapon journal` alone shows)')
            [CompletionResult]::new('unresolved', 'unresolved', [CompletionResultType]::ParameterValue, 'Writes whose outcome is unknown, newest first, each with the read that would settle it')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'Run the reads that settle writes of unknown outcome and record what they show (never repeats a write)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;journal;list' {
            [CompletionResult]::new('--tail', '--tail', [CompletionResultType]::ParameterName, 'Only the last N entries')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Only writes about this order (its id in the request''s body, path or query)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;journal;unresolved' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;journal;reconcile' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;journal;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every write recorded, oldest first (what `pandapon journal` alone shows)')
            [CompletionResult]::new('unresolved', 'unresolved', [CompletionResultType]::ParameterValue, 'Writes whose outcome is unknown, newest first, each with the read that would settle it')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'Run the reads that settle writes of unknown outcome and record what they show (never repeats a write)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;journal;help;list' {
            break
        }
        'pandapon;journal;help;unresolved' {
            break
        }
        'pandapon;journal;help;reconcile' {
            break
        }
        'pandapon;journal;help;help' {
            break
        }
        'pandapon;listen' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0 picks a free one)')
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address to listen on [default: 127.0.0.1]; 0.0.0.0 for every interface')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Path to accept messages on [default: /pandapon/<random token>, new each start]')
            [CompletionResult]::new('--forward-to', '--forward-to', [CompletionResultType]::ParameterName, 'Post each message to your app at this URL, retrying until it answers 2xx')
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'Run this shell command per message, the message on stdin; exit 0 accepts it')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Print and deliver only these types (comma-separated); every message is still kept')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'The inbox directory [default: <data dir>/pandapon/inbox]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;inbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the messages received, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one message: what arrived, what it says, who accepted it')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Post messages again to an app (by id, or every pending one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;inbox;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these message types (comma-separated, any case)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only messages received at or after this time (2026-05-01, "2026-05-01 08:00" local time, or RFC 3339)')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'The inbox directory [default: <data dir>/pandapon/inbox]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Only messages no app has accepted yet (a duplicate is never pending)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;inbox;show' {
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'The inbox directory [default: <data dir>/pandapon/inbox]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;inbox;replay' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to post them (your app''s endpoint)')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'The inbox directory [default: <data dir>/pandapon/inbox]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Every message no app has accepted yet')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;inbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the messages received, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one message: what arrived, what it says, who accepted it')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Post messages again to an app (by id, or every pending one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;inbox;help;list' {
            break
        }
        'pandapon;inbox;help;show' {
            break
        }
        'pandapon;inbox;help;replay' {
            break
        }
        'pandapon;inbox;help;help' {
            break
        }
        'pandapon;trigger' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to post it [default: the running `pandapon listen` of the inbox]')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The order the message is about [default: a random id]')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'The inbox directory [default: <data dir>/pandapon/inbox]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'Name the types it can send, and stop')
            [CompletionResult]::new('--string-body', '--string-body', [CompletionResultType]::ParameterName, 'Send messageBody as a string holding JSON, as Xport''s example does, not an object')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;config' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the resolved settings and where each came from (the secret masked)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the profile file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;config;init' {
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'The access key [env: PANDAPON_ACCESS_KEY]')
            [CompletionResult]::new('--user-id', '--user-id', [CompletionResultType]::ParameterName, 'The user id [env: PANDAPON_USER_ID]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--access-secret-stdin', '--access-secret-stdin', [CompletionResultType]::ParameterName, 'Read the access secret from stdin (else PANDAPON_ACCESS_SECRET, else a hidden prompt)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;config;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;config;path' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;config;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the resolved settings and where each came from (the secret masked)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the profile file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;config;help;init' {
            break
        }
        'pandapon;config;help;show' {
            break
        }
        'pandapon;config;help;path' {
            break
        }
        'pandapon;config;help;help' {
            break
        }
        'pandapon;sandbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the seed data (the cart, orders and the rest)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;sandbox;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 picks a free one)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: <data dir>/pandapon/sandbox.json]')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Delay every answer by this many milliseconds')
            [CompletionResult]::new('--fault', '--fault', [CompletionResultType]::ParameterName, 'Make an operation misbehave (OP "*" for all): OP=KIND always, OP=KIND*N the next N requests, OP=KIND+N all after the next N, OP=KIND%P P percent of distinct requests once each. Kinds: 500, 502, 503, 429 (any status), html, truncate, reset, hang, not-envelope, bad-types, huge')
            [CompletionResult]::new('--clock-offset', '--clock-offset', [CompletionResultType]::ParameterName, 'Run the server''s clock this many seconds ahead (negative: behind)')
            [CompletionResult]::new('--callback-url', '--callback-url', [CompletionResultType]::ParameterName, 'Push order messages here when orders and after-sales change, as PandaPon would (profile key callback_url, for --sandbox)')
            [CompletionResult]::new('--callback-retry-ms', '--callback-retry-ms', [CompletionResultType]::ParameterName, 'Milliseconds before each of the 5 pushes again of a message not answered 200 (PandaPon waits half an hour)')
            [CompletionResult]::new('--request-log', '--request-log', [CompletionResultType]::ParameterName, 'Append a JSON line for every answer to FILE: operation, page, status, code, fault')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;sandbox;reset' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: <data dir>/pandapon/sandbox.json]')
            [CompletionResult]::new('--orders', '--orders', [CompletionResultType]::ParameterName, 'Also generate this many synthetic orders (for volume tests and benchmarks)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the seed data (the cart, orders and the rest)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;sandbox;help;serve' {
            break
        }
        'pandapon;sandbox;help;reset' {
            break
        }
        'pandapon;sandbox;help;help' {
            break
        }
        'pandapon;api' {
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'The HTTP method, GET or POST [default: the operation''s; for a path, GET, or POST with fields or --input]')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'The HTTP method, GET or POST [default: the operation''s; for a path, GET, or POST with fields or --input]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A string field, KEY=VALUE (repeatable)')
            [CompletionResult]::new('--raw-field', '--raw-field', [CompletionResultType]::ParameterName, 'A string field, KEY=VALUE (repeatable)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'A typed field, KEY=VALUE: true, false, null, numbers and JSON arrays or objects as such, @FILE for a file''s text (@- for stdin), anything else a string (repeatable)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A typed field, KEY=VALUE: true, false, null, numbers and JSON arrays or objects as such, @FILE for a file''s text (@- for stdin), anything else a string (repeatable)')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The request body: a JSON object from FILE, or - for stdin (fields then go to the query)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A query parameter, KEY=VALUE (repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--paginate', '--paginate', [CompletionResultType]::ParameterName, 'Fetch every page (pageNo or beginPage, with pageSize) and print one JSON array of the elements')
            [CompletionResult]::new('--json-lines', '--json-lines', [CompletionResultType]::ParameterName, 'With --paginate: print each element as one JSON line (NDJSON) as the pages arrive')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Print the HTTP status line and headers, then the whole response envelope')
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'Print the HTTP status line and headers, then the whole response envelope')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List the operations: key, method, path, documented or inferred, safe to retry, and the command that uses it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check the credentials with one signed read: where each came from, the round trip, the clock')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;auth;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check the credentials with one signed read: where each came from, the round trip, the clock')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;auth;help;status' {
            break
        }
        'pandapon;auth;help;help' {
            break
        }
        'pandapon;doctor' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;man' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL [default: https://api.pandapon.com]')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Which platform to buy from: taobao or 1688 [default: taobao]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a request, retries included [default: 30]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json; strings print raw)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured in auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response data as JSON (pretty on a terminal, compact otherwise)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response status to stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log requests, headers, the signed string and responses to stderr (secret masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent, and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required off a terminal for anything that moves money)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is needed')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the embedded sandbox: no account, no real money')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Piped tables: print their column names first, as a tab-separated line (each list''s help names its columns)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'pandapon;help' {
            [CompletionResult]::new('cart', 'cart', [CompletionResultType]::ParameterValue, 'The shopping cart on Taobao or 1688 (--platform): list, add, edit, delete, preview, create orders')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Orders on Taobao or 1688 (--platform): list, show, create, pay, cancel, track')
            [CompletionResult]::new('after-sales', 'after-sales', [CompletionResultType]::ParameterValue, 'Refunds and returns on Taobao or 1688 orders (--platform)')
            [CompletionResult]::new('address', 'address', [CompletionResultType]::ParameterValue, 'Shipping addresses stored with PandaPon')
            [CompletionResult]::new('goods', 'goods', [CompletionResultType]::ParameterValue, 'Products on Taobao and 1688: show, check, search by keyword or photo')
            [CompletionResult]::new('freight', 'freight', [CompletionResultType]::ParameterValue, 'Overseas freight (estimate, preview, book) and domestic tracking updates')
            [CompletionResult]::new('journal', 'journal', [CompletionResultType]::ParameterValue, 'The record of every write sent: list it, find and settle the unknown outcomes')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive PandaPon''s order messages: kept in the inbox, printed, handed to your app')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'The order messages `listen` received: list, show, replay to your app')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send a sample order message to a running `listen` (or any URL), as PandaPon would')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Profiles and settings')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'The embedded PandaPon sandbox: serve it for other tools, or reset its data')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Make a signed request to any API operation (the raw escape hatch, like `gh api`)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Credentials: check them, with the clock and the network')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the credentials, the clock and the network (the same as `auth status`)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a manual page (roff), for pandapon or one of its commands')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'pandapon;help;cart' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the items in the cart; on 1688 by seller, disabled items apart with why (Taobao, 1688)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a product to the cart; on Taobao it is looked up for title, price and shop (Taobao, 1688)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the quantity of a cart item (Taobao, 1688)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove items from the cart; with no ids on a terminal, pick them (Taobao, 1688)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show what ordering these cart items would cost, per shop or seller (Taobao, 1688)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Turn cart items into orders; shows the preview and asks first (Taobao, 1688)')
            break
        }
        'pandapon;help;cart;list' {
            break
        }
        'pandapon;help;cart;add' {
            break
        }
        'pandapon;help;cart;edit' {
            break
        }
        'pandapon;help;cart;delete' {
            break
        }
        'pandapon;help;cart;preview' {
            break
        }
        'pandapon;help;cart;create' {
            break
        }
        'pandapon;help;order' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders, newest first as the API sends them (Taobao, 1688)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show orders: status, lines, amounts and a logistics summary (Taobao, 1688)')
            [CompletionResult]::new('logistics', 'logistics', [CompletionResultType]::ParameterValue, 'Show an order''s logistics: every package and its tracking events (Taobao, 1688)')
            [CompletionResult]::new('im-link', 'im-link', [CompletionResultType]::ParameterValue, 'Print the URL of the seller chat for an order (Taobao)')
            [CompletionResult]::new('warehouse', 'warehouse', [CompletionResultType]::ParameterValue, 'Change an order''s pre-warehouse (前置仓) name and address (Taobao)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an order directly (not from the cart); shows the cost and asks first (Taobao, 1688)')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show what a direct order would cost, without creating it (Taobao, 1688)')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Pay orders, asking once for the whole batch; on 1688 a pay URL or paid by agreement (Taobao, 1688)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel unpaid orders, asking once for the whole batch (Taobao, 1688)')
            [CompletionResult]::new('confirm-receipt', 'confirm-receipt', [CompletionResultType]::ParameterValue, 'Confirm that shipped orders arrived, which pays the seller (1688)')
            break
        }
        'pandapon;help;order;list' {
            break
        }
        'pandapon;help;order;show' {
            break
        }
        'pandapon;help;order;logistics' {
            break
        }
        'pandapon;help;order;im-link' {
            break
        }
        'pandapon;help;order;warehouse' {
            break
        }
        'pandapon;help;order;create' {
            break
        }
        'pandapon;help;order;render' {
            break
        }
        'pandapon;help;order;pay' {
            break
        }
        'pandapon;help;order;cancel' {
            break
        }
        'pandapon;help;order;confirm-receipt' {
            break
        }
        'pandapon;help;after-sales' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List after-sales (reverse) orders (Taobao)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one after-sales order (Taobao, 1688)')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Show the reasons and the maximum refundable amount for a sub-order (Taobao)')
            [CompletionResult]::new('reasons', 'reasons', [CompletionResultType]::ParameterValue, 'List the refund reasons an order can have, for `submit --reason` (1688)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Ask for a refund; on a Taobao terminal without flags, a guided walk-through (Taobao, 1688)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change an after-sales request (Taobao)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Withdraw an after-sales request (Taobao)')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'Send a message to the seller about an after-sales request (Taobao)')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'List the messages of an after-sales request (Taobao)')
            [CompletionResult]::new('return-logistics', 'return-logistics', [CompletionResultType]::ParameterValue, 'Show where and how to send goods back: the return-logistics render (Taobao)')
            [CompletionResult]::new('return-ship', 'return-ship', [CompletionResultType]::ParameterValue, 'Tell the seller the return has been shipped (Taobao, 1688)')
            [CompletionResult]::new('companies', 'companies', [CompletionResultType]::ParameterValue, 'List the logistics companies a return can be sent with (1688)')
            break
        }
        'pandapon;help;after-sales;list' {
            break
        }
        'pandapon;help;after-sales;show' {
            break
        }
        'pandapon;help;after-sales;render' {
            break
        }
        'pandapon;help;after-sales;reasons' {
            break
        }
        'pandapon;help;after-sales;submit' {
            break
        }
        'pandapon;help;after-sales;modify' {
            break
        }
        'pandapon;help;after-sales;cancel' {
            break
        }
        'pandapon;help;after-sales;message' {
            break
        }
        'pandapon;help;after-sales;messages' {
            break
        }
        'pandapon;help;after-sales;return-logistics' {
            break
        }
        'pandapon;help;after-sales;return-ship' {
            break
        }
        'pandapon;help;after-sales;companies' {
            break
        }
        'pandapon;help;address' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored addresses')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add an address, or update one with --id (fields not given are kept)')
            break
        }
        'pandapon;help;address;list' {
            break
        }
        'pandapon;help;address;set' {
            break
        }
        'pandapon;help;goods' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show products: title, shop, prices, stock, sales and every SKU (Taobao and 1688)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Which items can be bought through PandaPon, and why not (Taobao)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search by keyword (Taobao and 1688)')
            [CompletionResult]::new('image-search', 'image-search', [CompletionResultType]::ParameterValue, 'Search by photo: a JPEG, PNG, GIF or WebP file, or an image URL (Taobao and 1688)')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'A category''s names and subcategories (1688)')
            [CompletionResult]::new('recommend', 'recommend', [CompletionResultType]::ParameterValue, 'Recommended offers (1688)')
            [CompletionResult]::new('related', 'related', [CompletionResultType]::ParameterValue, 'Offers related to one offer (1688)')
            [CompletionResult]::new('hot', 'hot', [CompletionResultType]::ParameterValue, 'The hot-selling list, overall or for a category (1688)')
            [CompletionResult]::new('seller-chat', 'seller-chat', [CompletionResultType]::ParameterValue, 'The seller''s Wangwang name, to chat with them about an offer (1688)')
            break
        }
        'pandapon;help;goods;show' {
            break
        }
        'pandapon;help;goods;check' {
            break
        }
        'pandapon;help;goods;search' {
            break
        }
        'pandapon;help;goods;image-search' {
            break
        }
        'pandapon;help;goods;category' {
            break
        }
        'pandapon;help;goods;recommend' {
            break
        }
        'pandapon;help;goods;related' {
            break
        }
        'pandapon;help;goods;hot' {
            break
        }
        'pandapon;help;goods;seller-chat' {
            break
        }
        'pandapon;help;freight' {
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Estimate the overseas freight of one item to a destination')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show an order''s overseas freight options (the render id feeds `freight book`)')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Create the international logistics order (asks first)')
            [CompletionResult]::new('domestic', 'domestic', [CompletionResultType]::ParameterValue, 'Update an order''s domestic (mainland) logistics information')
            break
        }
        'pandapon;help;freight;estimate' {
            break
        }
        'pandapon;help;freight;preview' {
            break
        }
        'pandapon;help;freight;book' {
            break
        }
        'pandapon;help;freight;domestic' {
            break
        }
        'pandapon;help;journal' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every write recorded, oldest first (what `pandapon journal` alone shows)')
            [CompletionResult]::new('unresolved', 'unresolved', [CompletionResultType]::ParameterValue, 'Writes whose outcome is unknown, newest first, each with the read that would settle it')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'Run the reads that settle writes of unknown outcome and record what they show (never repeats a write)')
            break
        }
        'pandapon;help;journal;list' {
            break
        }
        'pandapon;help;journal;unresolved' {
            break
        }
        'pandapon;help;journal;reconcile' {
            break
        }
        'pandapon;help;listen' {
            break
        }
        'pandapon;help;inbox' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the messages received, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one message: what arrived, what it says, who accepted it')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Post messages again to an app (by id, or every pending one)')
            break
        }
        'pandapon;help;inbox;list' {
            break
        }
        'pandapon;help;inbox;show' {
            break
        }
        'pandapon;help;inbox;replay' {
            break
        }
        'pandapon;help;trigger' {
            break
        }
        'pandapon;help;config' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the resolved settings and where each came from (the secret masked)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the profile file')
            break
        }
        'pandapon;help;config;init' {
            break
        }
        'pandapon;help;config;show' {
            break
        }
        'pandapon;help;config;path' {
            break
        }
        'pandapon;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the seed data (the cart, orders and the rest)')
            break
        }
        'pandapon;help;sandbox;serve' {
            break
        }
        'pandapon;help;sandbox;reset' {
            break
        }
        'pandapon;help;api' {
            break
        }
        'pandapon;help;auth' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check the credentials with one signed read: where each came from, the round trip, the clock')
            break
        }
        'pandapon;help;auth;status' {
            break
        }
        'pandapon;help;doctor' {
            break
        }
        'pandapon;help;completions' {
            break
        }
        'pandapon;help;man' {
            break
        }
        'pandapon;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
