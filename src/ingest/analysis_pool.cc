#include "ingest/analysis_pool.h"

#include <future>

#include "ingest/post_features.h"

namespace redite::ingest {

Result<std::unique_ptr<AnalysisPool>> AnalysisPool::Start(const TextPipeline& pipeline,
                                                          int threads) {
  // Analyzers load dictionaries (about a second each): make them in parallel.
  std::vector<std::future<Result<AnalyzeFn>>> made;
  for (int i = 0; i <= threads; ++i) {  // one more for the owner thread
    made.push_back(std::async(std::launch::async, pipeline.make_analyzer));
  }
  std::vector<AnalyzeFn> analyzers;
  for (auto& f : made) {
    Result<AnalyzeFn> analyze = f.get();
    if (!analyze.ok()) return analyze.status();
    analyzers.push_back(std::move(*analyze));
  }
  AnalyzeFn owner = std::move(analyzers.back());
  analyzers.pop_back();
  std::unique_ptr<AnalysisPool> pool(new AnalysisPool(pipeline, std::move(owner)));
  for (AnalyzeFn& analyze : analyzers) {
    pool->threads_.emplace_back(&AnalysisPool::Work, pool.get(), std::move(analyze));
  }
  return pool;
}

AnalysisPool::~AnalysisPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  work_cv_.notify_all();
  for (std::thread& t : threads_) t.join();
}

void AnalysisPool::Submit(std::unique_ptr<Batch> batch) {
  auto slot = std::make_shared<Slot>();
  slot->batch = std::move(batch);
  order_.push_back(slot);
  {
    std::lock_guard<std::mutex> lock(mu_);
    todo_.push_back(std::move(slot));
  }
  work_cv_.notify_one();
}

std::unique_ptr<AnalysisPool::Batch> AnalysisPool::TakeOldest() {
  if (order_.empty()) return nullptr;
  std::shared_ptr<Slot> slot = std::move(order_.front());
  order_.pop_front();
  std::unique_lock<std::mutex> lock(mu_);
  while (!slot->done) {
    if (todo_.empty()) {
      done_cv_.wait(lock, [&] { return slot->done || !todo_.empty(); });
      continue;
    }
    std::shared_ptr<Slot> job = std::move(todo_.front());
    todo_.pop_front();
    lock.unlock();
    Analyze(job->batch.get(), owner_analyze_);
    lock.lock();
    job->done = true;
    done_cv_.notify_all();
  }
  return std::move(slot->batch);
}

void AnalysisPool::Analyze(Batch* batch, const AnalyzeFn& analyze) const {
  batch->entities.clear();
  batch->entities.reserve(batch->posts.size());
  batch->features.clear();
  batch->features.reserve(batch->posts.size());
  // No exception may leave a worker thread (it would end the process): the
  // failure travels back with the batch instead.
  try {
    for (const Post& post : batch->posts) {
      text::Analysis analysis = analyze(post.text);
      batch->entities.push_back(EntitiesFromAnalysis(analysis, post, pipeline_.canonical_url));
      batch->features.push_back(similarity::ExtractFeatures(analysis));
    }
  } catch (const std::exception& e) {
    batch->error = "post " + batch->posts[batch->entities.size()].platform_id +
                   ": text analysis failed: " + e.what();
  }
}

void AnalysisPool::Work(AnalyzeFn analyze) {
  while (true) {
    std::shared_ptr<Slot> slot;
    {
      std::unique_lock<std::mutex> lock(mu_);
      work_cv_.wait(lock, [&] { return stop_ || !todo_.empty(); });
      if (stop_) return;
      slot = std::move(todo_.front());
      todo_.pop_front();
    }
    // The batch belongs to this worker until `done` is set under the lock.
    Analyze(slot->batch.get(), analyze);
    {
      std::lock_guard<std::mutex> lock(mu_);
      slot->done = true;
    }
    done_cv_.notify_all();
  }
}

}  // namespace redite::ingest
