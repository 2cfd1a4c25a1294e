// AnalysisPool: runs the text layer on batches of posts in worker threads
// while the importing thread parses and writes. Private to src/ingest/.
#ifndef REDITE_INGEST_ANALYSIS_POOL_H_
#define REDITE_INGEST_ANALYSIS_POOL_H_

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "redite/ingest/importer.h"
#include "redite/similarity/features.h"

namespace redite::ingest {

class AnalysisPool {
 public:
  struct Batch {
    std::vector<Post> posts;
    std::vector<PostEntities> entities;  // filled by the pool, one per post
    std::vector<similarity::PostFeatures> features;  // likewise
    std::string error;  // set when the text layer failed (threw) on a post
  };

  // Starts `threads` workers, each with its own analyzer from `pipeline`;
  // fails when an analyzer cannot be made.
  static Result<std::unique_ptr<AnalysisPool>> Start(const TextPipeline& pipeline, int threads);
  // Stops the workers; batches not taken are dropped.
  ~AnalysisPool();

  // Queues a batch. Only the thread that owns the pool submits and takes.
  void Submit(std::unique_ptr<Batch> batch);
  // The oldest batch submitted and not yet taken, once analyzed; null when
  // none is pending. Batches come back in submission order. While the oldest
  // is not ready, the calling thread analyzes queued batches itself with its
  // own analyzer rather than wait (the writer is faster than the text layer:
  // on 2 cores this is what keeps both busy).
  std::unique_ptr<Batch> TakeOldest();
  std::size_t pending() const { return order_.size(); }

 private:
  struct Slot {
    std::unique_ptr<Batch> batch;
    bool done = false;
  };
  AnalysisPool(const TextPipeline& pipeline, AnalyzeFn owner_analyze)
      : pipeline_(pipeline), owner_analyze_(std::move(owner_analyze)) {}
  void Work(AnalyzeFn analyze);
  // Fills batch->entities and batch->features (or batch->error); never throws.
  void Analyze(Batch* batch, const AnalyzeFn& analyze) const;

  const TextPipeline pipeline_;
  const AnalyzeFn owner_analyze_;  // the owner thread's, used in TakeOldest
  std::vector<std::thread> threads_;
  std::deque<std::shared_ptr<Slot>> order_;  // owner thread only
  std::mutex mu_;
  std::condition_variable work_cv_;
  std::condition_variable done_cv_;
  std::deque<std::shared_ptr<Slot>> todo_;  // guarded by mu_
  bool stop_ = false;                       // guarded by mu_
};

}  // namespace redite::ingest

#endif  // REDITE_INGEST_ANALYSIS_POOL_H_
