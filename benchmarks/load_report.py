"""What benchmarks/load.py prints: latency per kind of request, errors, and each worker's figures."""

import os
from collections import Counter, defaultdict

from benchmarks.load_server import address_key

SHARES = (0.5, 0.95, 0.99)


def percentile(values, share):
    """The nearest-rank percentile (0 for no values)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else 0.0


def errors_by_status(results) -> tuple[int, str]:
    """Requests not answered 200 (status 0: no answer), and every status counted."""
    statuses = Counter(status for _kind, status, _seconds, _path in results)
    errors = sum(count for status, count in statuses.items() if status != 200)
    counted = ", ".join(f"{status or 'no answer'} x{count}" for status, count in sorted(statuses.items()))
    return errors, counted


def latency_rows(urls, results, logged) -> list[tuple[str, int, list[float], list[float]]]:
    """(kind, requests, client percentiles, worker percentiles) per kind, then for all requests;
    the workers' times are matched to kinds by address (see load_server.address_key)."""
    kind_of = {address_key(url): kind for kind, addresses in urls.items() for url in addresses}
    waited, spent = defaultdict(list), defaultdict(list)
    for kind, _status, seconds, _path in results:
        waited[kind].append(seconds)
        waited["all"].append(seconds)
    for entry in logged:
        spent[kind_of.get(entry.address, "other")].append(entry.seconds)
        spent["all"].append(entry.seconds)
    return [
        (kind, len(waited[kind]), _percentiles(waited[kind]), _percentiles(spent[kind]))
        for kind in [*urls, "all"]
    ]


def _percentiles(values) -> list[float]:
    return [percentile(values, share) for share in SHARES]


def report(args, urls, results, logged, loads, own_cpu) -> int:
    """Prints the load's figures; returns the number of errors."""
    errors, counted = errors_by_status(results)
    print(f"\nLoad: {args.workers} workers, {args.clients} clients, {args.seconds:g} s")
    print(f"  requests: {len(results):,} ({len(results) / args.seconds:.1f}/s); errors: {errors} ({counted})")
    for kind, status, _seconds, path in [row for row in results if row[1] != 200][:10]:
        print(f"    {status or 'no answer'} {kind}: {path[:140]}")
    columns = f"{'client p50':>12}{'p95':>7}{'p99':>7}{'worker p50':>12}{'p95':>7}{'p99':>7}"
    print(f"\n{'ms':<24}{'requests':>9}{columns}")
    for kind, count, waited, spent in latency_rows(urls, results, logged):
        client = "".join(f"{value * 1000:>7.0f}" for value in waited)
        worker = "".join(f"{value * 1000:>7.0f}" for value in spent)
        print(f"{kind:<24}{count:>9}     {client}     {worker}")
    print(
        "client: from connecting to the end of the answer, waiting for a free worker included;\n"
        "worker: the worker's own time (gunicorn's access log)."
    )
    averages = ", ".join(f"{load:.1f}" for load in loads)
    print(f"clients' CPU {own_cpu:.1f} s; load average during the run: {averages} ({os.cpu_count()} cores)")
    return errors


def report_workers(pids, now, first, stages, cpu, logged, results):
    """Each worker's first search, requests and CPU under load, and memory at each stage."""
    requests = Counter(entry.pid for entry in logged)
    print("\nWorkers, MB: RSS = own (RssAnon) + file-backed (RssFile: the index's map, libraries),")
    print("Pss (shared pages divided among the processes mapping them), private pages, peak RSS")
    for pid in pids:
        taken = first.get(pid)
        first_text = f"{taken[0] * 1000:.0f} ms (client {taken[1] * 1000:.0f} ms)" if taken else "not reached"
        print(f"  worker {pid}: first search {first_text}; under load {requests[pid]:,} requests, ", end="")
        print(f"CPU {cpu.get(pid, 0):.1f} s")
        for stage, figures in stages.items():
            if pid in figures:
                print(f"    {stage:<13}{memory_text(figures[pid])}")
    if sorted(now) != sorted(pids):
        gone, new = sorted(set(pids) - set(now)), sorted(set(now) - set(pids))
        print(f"  workers replaced during the run: {gone} by {new}")
    total = sum(cpu.values())
    print(
        f"  workers' CPU under load {total:.1f} s, {total / max(1, len(results)) * 1000:.0f} ms per request"
    )


def memory_text(figures) -> str:
    return (
        f"RSS {figures['VmRSS']:>5.0f} = {figures['RssAnon']:>4.0f} own + {figures['RssFile']:>4.0f} file, "
        f"Pss {figures['Pss']:>4.0f}, private {figures['Private']:>4.0f}, peak {figures['VmHWM']:>5.0f}; "
        f"CPU so far {figures['CPU']:.1f} s"
    )
