#!/usr/bin/env bash
# Publishes a build to an S3 bucket behind CloudFront, in the order that never breaks a page a
# reader or a cache already holds (deploy/README.md, "S3 with CloudFront"):
#   1. fingerprinted files (/_assets/, Pagefind's index chunks), cached for a year;
#   2. then pages and the other files, with a short cache;
#   3. pages the build no longer has are removed; fingerprinted files are not;
#   4. a CloudFront invalidation, so the edge serves the new pages at once;
#   5. fingerprinted files that no deploy has used for GRACE_DAYS days (7) are removed: until
#      then, cached pages and open tabs may still ask for them.
# Usage: deploy/s3/deploy.sh BUCKET DISTRIBUTION_ID [DIST]      (DIST: dist)
# Needs the AWS CLI v2 with rights to write and list the bucket and to invalidate the distribution.
# tests/unit/deploy.test.ts runs this script against a stand-in for the AWS CLI.
set -euo pipefail

usage='usage: deploy/s3/deploy.sh BUCKET DISTRIBUTION_ID [DIST]'
bucket=${1:?$usage}
distribution=${2:?$usage}
dist=${3:-dist}
grace_days=${GRACE_DAYS:-7}
[ -f "$dist/index.html" ] || { echo "$dist/index.html is missing: run npm run build first." >&2; exit 1; }

immutable='public, max-age=31536000, immutable'
short='public, max-age=300, must-revalidate'
# Fingerprinted: a change gives the file a new name, so it can be cached for good.
hashed=('_assets/*' 'pagefind/fragment/*' 'pagefind/index/*' 'pagefind/filter/*' 'pagefind/*.pf_meta')
hashed_re='^(_assets/|pagefind/(fragment|index|filter)/|pagefind/[^/]*\.pf_meta$)'
# Host files for Netlify and Cloudflare Pages: not for readers.
host_files=(--exclude '_headers' --exclude '_redirects')

only_hashed=(--exclude '*')
not_hashed=()
for pattern in "${hashed[@]}"; do
  only_hashed+=(--include "$pattern")
  not_hashed+=(--exclude "$pattern")
done

# `cp` uploads every file whatever its date (`sync` skips a file whose copy in the bucket is newer
# or the same size), so each deploy sets the headers and refreshes the date that step 5 reads.
echo "1/5 fingerprinted files, cached for a year"
aws s3 cp "$dist/" "s3://$bucket/" --recursive --only-show-errors "${only_hashed[@]}" \
  --cache-control "$immutable"

echo "2/5 pages and other files, short cache"
aws s3 cp "$dist/" "s3://$bucket/" --recursive --only-show-errors "${not_hashed[@]}" "${host_files[@]}" \
  --cache-control "$short"

echo "3/5 pages the build no longer has (filters keep fingerprinted files out of --delete)"
aws s3 sync "$dist/" "s3://$bucket/" --delete --size-only --only-show-errors "${not_hashed[@]}" "${host_files[@]}" \
  --cache-control "$short"

echo "4/5 CloudFront invalidation"
aws cloudfront create-invalidation --distribution-id "$distribution" --paths '/*' \
  --query 'Invalidation.Id' --output text

echo "5/5 fingerprinted files unused for $grace_days days"
cutoff=$(date -u -d "$grace_days days ago" +%Y-%m-%dT%H:%M:%S 2>/dev/null || date -u -v-"${grace_days}"d +%Y-%m-%dT%H:%M:%S)
for prefix in _assets/ pagefind/; do
  aws s3api list-objects-v2 --bucket "$bucket" --prefix "$prefix" \
    --query 'Contents[].[Key, LastModified]' --output text |
    while IFS=$'\t' read -r key modified; do
      [ -n "$key" ] && [ "$key" != None ] || continue
      [[ $key =~ $hashed_re ]] || continue
      [ ! -e "$dist/$key" ] || continue
      [[ ${modified:0:19} < $cutoff ]] || continue
      aws s3 rm "s3://$bucket/$key" --only-show-errors
      echo "  removed $key (last deployed $modified)"
    done
done
